package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.MastodonList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The user's lists of accounts, each with its own timeline ({@link Timelines#list}). See
 * docs.joinmastodon.org/methods/lists.
 */
public final class Lists {
    public static final Endpoint LIST = Endpoint.get("/api/v1/lists", "2.1.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/lists/:id", "2.1.0");
    public static final Endpoint CREATE = Endpoint.post("/api/v1/lists", "2.1.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/lists/:id", "2.1.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/lists/:id", "2.1.0");
    public static final Endpoint ACCOUNTS = Endpoint.get("/api/v1/lists/:id/accounts", "2.1.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint ADD_ACCOUNTS = Endpoint.post("/api/v1/lists/:id/accounts", "2.1.0");
    public static final Endpoint REMOVE_ACCOUNTS = Endpoint.delete("/api/v1/lists/:id/accounts", "2.1.0");

    private final Caller caller;

    public Lists(Caller caller) {
        this.caller = caller;
    }

    /** All the user's lists. */
    public List<MastodonList> list() {
        return caller.list(LIST, LIST.path(), Params.empty(), MastodonList.class);
    }

    public MastodonList get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), MastodonList.class);
    }

    public MastodonList create(ListSettings settings) {
        return caller.one(CREATE, CREATE.path(), settings.params(), MastodonList.class);
    }

    /** Renames a list or changes its settings. */
    public MastodonList update(String id, ListSettings settings) {
        return caller.one(UPDATE, UPDATE.path(id), settings.params(), MastodonList.class);
    }

    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }

    /** The members of a list. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Account> accounts(String id, PageRequest page) {
        return caller.page(ACCOUNTS, ACCOUNTS.path(id), page.params(ACCOUNTS), Account.class);
    }

    /** Every member of a list in one answer ({@code limit=0}), without paging. */
    public List<Account> allAccounts(String id) {
        return caller.list(ACCOUNTS, ACCOUNTS.path(id), Params.empty().with("limit", 0), Account.class);
    }

    /** Adds accounts to a list; the user must follow them. */
    public void addAccounts(String id, List<String> accountIds) {
        caller.empty(ADD_ACCOUNTS, ADD_ACCOUNTS.path(id), Params.empty().withAll("account_ids[]", nonEmpty(accountIds)));
    }

    public void removeAccounts(String id, List<String> accountIds) {
        caller.empty(REMOVE_ACCOUNTS, REMOVE_ACCOUNTS.path(id), Params.empty().withAll("account_ids[]", nonEmpty(accountIds)));
    }

    private static List<String> nonEmpty(List<String> accountIds) {
        if (accountIds.isEmpty()) {
            throw new IllegalArgumentException("no account IDs");
        }
        return accountIds;
    }

    /** Which replies a list's timeline shows. */
    public enum RepliesPolicy {
        /** Replies to any account the user follows. */
        FOLLOWED,
        /** Replies to members of the list. */
        LIST,
        /** No replies. */
        NONE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A list's title and settings.
     *
     * @param exclusive whether its members' posts are left out of the home timeline
     */
    public record ListSettings(String title, RepliesPolicy repliesPolicy, boolean exclusive) {
        public ListSettings {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(repliesPolicy, "repliesPolicy");
            if (title.isBlank()) {
                throw new IllegalArgumentException("title is blank");
            }
        }

        /** A list showing replies to list members, not exclusive (Mastodon's defaults). */
        public static ListSettings titled(String title) {
            return new ListSettings(title, RepliesPolicy.LIST, false);
        }

        Params params() {
            return Params.empty().with("title", title).with("replies_policy", repliesPolicy.value()).with("exclusive", exclusive);
        }
    }
}
