package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.AsyncRefresh;
import dev.permafrost.model.AsyncRefreshResponse;

/**
 * Background jobs a server started to complete some results (4.4+, alpha API): an answer that
 * carries a {@code Mastodon-Async-Refresh} header names one, and this tells when it is done.
 * See docs.joinmastodon.org/methods/async_refreshes.
 */
public final class AsyncRefreshes {
    public static final Endpoint GET = Endpoint.get("/api/v1_alpha/async_refreshes/:id", "4.4.0");

    private final Caller caller;

    public AsyncRefreshes(Caller caller) {
        this.caller = caller;
    }

    /** The state of a refresh: running or finished, with how many results it found. */
    public AsyncRefresh get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), AsyncRefreshResponse.class).asyncRefresh();
    }
}
