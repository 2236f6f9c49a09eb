package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Status;

/** Statuses the user bookmarked. See docs.joinmastodon.org/methods/bookmarks. */
public final class Bookmarks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/bookmarks", "3.1.0").paged(Paging.LINK, 20, 40);

    private final Caller caller;

    public Bookmarks(Caller caller) {
        this.caller = caller;
    }

    /** Bookmarked statuses, most recently bookmarked first; cursors are hidden bookmark IDs. */
    public Page<Status> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Status.class);
    }
}
