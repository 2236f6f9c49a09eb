package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Status;

/** Statuses the user favourited. See docs.joinmastodon.org/methods/favourites. */
public final class Favourites {
    public static final Endpoint LIST = Endpoint.get("/api/v1/favourites", "0.0.0").paged(Paging.LINK, 20, 40);

    private final Caller caller;

    public Favourites(Caller caller) {
        this.caller = caller;
    }

    /** Favourited statuses, most recently favourited first; cursors are hidden favourite IDs. */
    public Page<Status> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Status.class);
    }
}
