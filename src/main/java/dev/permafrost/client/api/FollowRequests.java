package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.Relationship;

/** Requests to follow the user's locked account. See docs.joinmastodon.org/methods/follow_requests. */
public final class FollowRequests {
    public static final Endpoint LIST = Endpoint.get("/api/v1/follow_requests", "0.0.0").paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint AUTHORIZE = Endpoint.post("/api/v1/follow_requests/:account_id/authorize", "0.0.0");
    public static final Endpoint REJECT = Endpoint.post("/api/v1/follow_requests/:account_id/reject", "0.0.0");

    private final Caller caller;

    public FollowRequests(Caller caller) {
        this.caller = caller;
    }

    /** Accounts asking to follow. Pages by hidden request IDs; ignores {@code min_id}. */
    public Page<Account> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Account.class);
    }

    /** Accepts an account's request: it now follows the user. */
    public Relationship authorize(String accountId) {
        return caller.one(AUTHORIZE, AUTHORIZE.path(accountId), Params.empty(), Relationship.class);
    }

    public Relationship reject(String accountId) {
        return caller.one(REJECT, REJECT.path(accountId), Params.empty(), Relationship.class);
    }
}
