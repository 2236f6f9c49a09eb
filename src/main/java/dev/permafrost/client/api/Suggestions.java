package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.Suggestion;
import java.util.List;

/** Accounts suggested to follow. See docs.joinmastodon.org/methods/suggestions. */
public final class Suggestions {
    public static final Endpoint LIST = Endpoint.get("/api/v2/suggestions", "3.4.0").paged(Paging.LIMIT_ONLY, 40, 80);
    public static final Endpoint LIST_V1 = Endpoint.get("/api/v1/suggestions", "2.4.3").paged(Paging.LIMIT_ONLY, 40, 80);
    public static final Endpoint REMOVE = Endpoint.delete("/api/v1/suggestions/:account_id", "2.4.3");

    private final Caller caller;

    public Suggestions(Caller caller) {
        this.caller = caller;
    }

    /** Up to {@code limit} suggestions (0 for the server's default, at most 80), each with why. */
    public List<Suggestion> list(int limit) {
        return caller.list(LIST, LIST.path(), limitParams(limit), Suggestion.class);
    }

    /**
     * Suggested accounts without the reasons.
     *
     * @deprecated since Mastodon 3.4; use {@link #list(int)}.
     */
    @Deprecated
    public List<Account> listV1(int limit) {
        return caller.list(LIST_V1, LIST_V1.path(), limitParams(limit), Account.class);
    }

    /** Stops suggesting an account. */
    public void remove(String accountId) {
        caller.empty(REMOVE, REMOVE.path(accountId), Params.empty());
    }

    private static Params limitParams(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit < 0: " + limit);
        }
        return Params.empty().with("limit", limit == 0 ? null : Math.min(limit, LIST.maxLimit()));
    }
}
