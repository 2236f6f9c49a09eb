package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;

/** Accounts the user muted. See docs.joinmastodon.org/methods/mutes. */
public final class Mutes {
    public static final Endpoint LIST = Endpoint.get("/api/v1/mutes", "0.0.0").paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);

    private final Caller caller;

    public Mutes(Caller caller) {
        this.caller = caller;
    }

    /** Muted accounts, most recently muted first. Pages by hidden mute IDs; ignores {@code min_id}. */
    public Page<Account> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Account.class);
    }
}
