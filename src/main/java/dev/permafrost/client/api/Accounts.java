package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.Relationship;
import dev.permafrost.model.Status;
import java.util.List;

/** Accounts: profiles, their statuses, followers and following. See docs.joinmastodon.org/methods/accounts. */
public final class Accounts {
    public static final Endpoint VERIFY_CREDENTIALS = Endpoint.get("/api/v1/accounts/verify_credentials", "0.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/accounts/:id", "0.0.0");
    public static final Endpoint LOOKUP = Endpoint.get("/api/v1/accounts/lookup", "3.4.0");
    public static final Endpoint STATUSES = Endpoint.get("/api/v1/accounts/:id/statuses", "0.0.0").paged(Paging.ID, 20, 40);
    public static final Endpoint FOLLOWERS = Endpoint.get("/api/v1/accounts/:id/followers", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint FOLLOWING = Endpoint.get("/api/v1/accounts/:id/following", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint RELATIONSHIPS = Endpoint.get("/api/v1/accounts/relationships", "0.0.0");

    private final Caller caller;

    public Accounts(Caller caller) {
        this.caller = caller;
    }

    /** The account the token belongs to (with its {@code source} and {@code role}). */
    public Account verifyCredentials() {
        return caller.one(VERIFY_CREDENTIALS, VERIFY_CREDENTIALS.path(), Params.empty(), Account.class);
    }

    /** One account by ID. */
    public Account get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Account.class);
    }

    /** Finds an account by its webfinger address ({@code user} or {@code user@host}, with or without {@code @}). */
    public Account lookup(String acct) {
        String address = acct.startsWith("@") ? acct.substring(1) : acct;
        return caller.one(LOOKUP, LOOKUP.path(), Params.empty().with("acct", address), Account.class);
    }

    /** An account's statuses, newest first. */
    public Page<Status> statuses(String id, StatusFilter filter, PageRequest page) {
        return caller.page(STATUSES, STATUSES.path(id), filter.params().with(page.params(STATUSES)), Status.class);
    }

    /** Accounts following this one. Pages by hidden follow IDs; ignores {@code min_id}. */
    public Page<Account> followers(String id, PageRequest page) {
        return caller.page(FOLLOWERS, FOLLOWERS.path(id), page.params(FOLLOWERS), Account.class);
    }

    /** Accounts this one follows. Pages by hidden follow IDs; ignores {@code min_id}. */
    public Page<Account> following(String id, PageRequest page) {
        return caller.page(FOLLOWING, FOLLOWING.path(id), page.params(FOLLOWING), Account.class);
    }

    /** How the user relates to each of these accounts. */
    public List<Relationship> relationships(List<String> ids) {
        return caller.list(RELATIONSHIPS, RELATIONSHIPS.path(), Params.empty().withAll("id[]", ids), Relationship.class);
    }

    /**
     * Which of an account's statuses to list.
     *
     * @param tagged only statuses with this hashtag, or null
     */
    public record StatusFilter(boolean excludeReplies, boolean excludeReblogs, boolean onlyMedia, boolean pinned,
                               String tagged) {
        public static final StatusFilter ALL = new StatusFilter(false, false, false, false, null);

        Params params() {
            return Params.empty()
                    .with("exclude_replies", excludeReplies ? "true" : null)
                    .with("exclude_reblogs", excludeReblogs ? "true" : null)
                    .with("only_media", onlyMedia ? "true" : null)
                    .with("pinned", pinned ? "true" : null)
                    .with("tagged", tagged);
        }
    }
}
