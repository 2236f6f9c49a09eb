package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AccountCollection;
import dev.permafrost.model.AccountCollectionItem;
import dev.permafrost.model.CollectionList;
import dev.permafrost.model.CollectionWithAccounts;
import dev.permafrost.model.WrappedCollection;
import dev.permafrost.model.WrappedCollectionItem;
import java.util.List;
import java.util.Objects;

/**
 * Collections (Mastodon 4.6+): curated lists of accounts a user recommends, each member having
 * consented. Named so it does not clash with {@code java.util.Collections}. See
 * docs.joinmastodon.org/methods/collections.
 */
public final class AccountCollections {
    public static final Endpoint OF_ACCOUNT = Endpoint.get("/api/v1/accounts/:account_id/collections", "4.6.0")
            .paged(Paging.OFFSET, 40, 80);
    public static final Endpoint FEATURING = Endpoint.get("/api/v1/accounts/:account_id/in_collections", "4.6.0")
            .paged(Paging.OFFSET, 40, 80);
    public static final Endpoint GET = Endpoint.get("/api/v1/collections/:id", "4.6.0");
    public static final Endpoint CREATE = Endpoint.post("/api/v1/collections", "4.6.0");
    public static final Endpoint UPDATE = Endpoint.patch("/api/v1/collections/:id", "4.6.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/collections/:id", "4.6.0");
    public static final Endpoint ADD_ITEM = Endpoint.post("/api/v1/collections/:collection_id/items", "4.6.0");
    public static final Endpoint REMOVE_ITEM = Endpoint.delete("/api/v1/collections/:collection_id/items/:id", "4.6.0");
    public static final Endpoint REVOKE_ITEM = Endpoint.post("/api/v1/collections/:collection_id/items/:id/revoke", "4.6.0");

    private final Caller caller;

    public AccountCollections(Caller caller) {
        this.caller = caller;
    }

    /** The collections an account made; pages by offset. */
    public Page<AccountCollection> ofAccount(String accountId, int offset, int limit) {
        return caller.offsetPage(OF_ACCOUNT, OF_ACCOUNT.path(accountId), Params.empty(), offset, limit, CollectionList.class,
                CollectionList::collections);
    }

    /** The collections an account is featured in; pages by offset. */
    public Page<AccountCollection> featuring(String accountId, int offset, int limit) {
        return caller.offsetPage(FEATURING, FEATURING.path(accountId), Params.empty(), offset, limit, CollectionList.class,
                CollectionList::collections);
    }

    /** One collection, with the accounts of its owner and members. */
    public CollectionWithAccounts get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), CollectionWithAccounts.class);
    }

    /** Creates a collection; the accounts named are asked to consent. */
    public AccountCollection create(Spec spec, List<String> accountIds) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw new IllegalArgumentException("a new collection needs a name");
        }
        Params form = spec.params().withAll("account_ids[]", List.copyOf(accountIds));
        return caller.one(CREATE, CREATE.path(), form, WrappedCollection.class).collection();
    }

    /** Changes what the spec sets; null parts stay as they are. */
    public AccountCollection update(String id, Spec changes) {
        return caller.one(UPDATE, UPDATE.path(id), changes.params(), WrappedCollection.class).collection();
    }

    /** Deletes a collection. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }

    /** Adds an account to a collection (pending until it consents). */
    public AccountCollectionItem addAccount(String collectionId, String accountId) {
        return caller.one(ADD_ITEM, ADD_ITEM.path(collectionId), Params.empty().with("account_id", accountId),
                WrappedCollectionItem.class).collectionItem();
    }

    /** The owner removes an item from a collection. */
    public void removeItem(String collectionId, String itemId) {
        caller.empty(REMOVE_ITEM, REMOVE_ITEM.path(collectionId, itemId), Params.empty());
    }

    /** The featured account withdraws its consent to appear in a collection. */
    public void revokeItem(String collectionId, String itemId) {
        caller.empty(REVOKE_ITEM, REVOKE_ITEM.path(collectionId, itemId), Params.empty());
    }

    /**
     * A collection to create, or changes to one: null parts are not sent.
     *
     * @param tagName a hashtag the collection is about, without {@code #}
     * @param language ISO 639 code
     */
    public record Spec(String name, String description, String language, Boolean sensitive, Boolean discoverable,
                       String tagName) {
        public static final Spec NO_CHANGE = new Spec(null, null, null, null, null, null);

        /** A new collection with a name and a description. */
        public static Spec named(String name, String description) {
            return new Spec(Objects.requireNonNull(name, "name"), description, null, null, null, null);
        }

        public Spec name(String newName) {
            return new Spec(newName, description, language, sensitive, discoverable, tagName);
        }

        public Spec description(String text) {
            return new Spec(name, text, language, sensitive, discoverable, tagName);
        }

        public Spec language(String code) {
            return new Spec(name, description, code, sensitive, discoverable, tagName);
        }

        public Spec sensitive(boolean value) {
            return new Spec(name, description, language, value, discoverable, tagName);
        }

        public Spec discoverable(boolean value) {
            return new Spec(name, description, language, sensitive, value, tagName);
        }

        public Spec tagName(String tag) {
            return new Spec(name, description, language, sensitive, discoverable, tag);
        }

        Params params() {
            return Params.empty()
                    .with("name", name)
                    .with("description", description)
                    .with("language", language)
                    .with("sensitive", sensitive)
                    .with("discoverable", discoverable)
                    .with("tag_name", tagName == null || !tagName.startsWith("#") ? tagName : tagName.substring(1));
        }
    }
}
