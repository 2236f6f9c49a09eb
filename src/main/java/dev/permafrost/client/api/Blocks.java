package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;

/** Accounts the user blocked. See docs.joinmastodon.org/methods/blocks. */
public final class Blocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/blocks", "0.0.0").paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);

    private final Caller caller;

    public Blocks(Caller caller) {
        this.caller = caller;
    }

    /** Blocked accounts, most recently blocked first. Pages by hidden block IDs; ignores {@code min_id}. */
    public Page<Account> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Account.class);
    }
}
