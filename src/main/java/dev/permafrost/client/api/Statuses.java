package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import java.util.List;

/** Statuses: reading one, its edits and its thread. See docs.joinmastodon.org/methods/statuses. */
public final class Statuses {
    public static final Endpoint GET = Endpoint.get("/api/v1/statuses/:id", "0.0.0");
    public static final Endpoint HISTORY = Endpoint.get("/api/v1/statuses/:id/history", "3.5.0");

    private final Caller caller;

    public Statuses(Caller caller) {
        this.caller = caller;
    }

    /** One status. */
    public Status get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Status.class);
    }

    /** Every revision of a status, the original first and the current version last. */
    public List<StatusEdit> history(String id) {
        return caller.list(HISTORY, HISTORY.path(id), Params.empty(), StatusEdit.class);
    }
}
