package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.ScheduledStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Statuses the user scheduled for later ({@link StatusDraft.Builder#scheduledAt}): listing them,
 * moving them, cancelling them. See docs.joinmastodon.org/methods/scheduled_statuses.
 */
public final class ScheduledStatuses {
    public static final Endpoint LIST = Endpoint.get("/api/v1/scheduled_statuses", "2.7.0").paged(Paging.ID, 20, 40);
    public static final Endpoint GET = Endpoint.get("/api/v1/scheduled_statuses/:id", "2.7.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/scheduled_statuses/:id", "2.7.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/scheduled_statuses/:id", "2.7.0");

    private final Caller caller;

    public ScheduledStatuses(Caller caller) {
        this.caller = caller;
    }

    /** The scheduled statuses, by their own IDs, newest first. */
    public Page<ScheduledStatus> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), ScheduledStatus.class);
    }

    public ScheduledStatus get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), ScheduledStatus.class);
    }

    /** Moves a scheduled status to another time (at least 5 minutes ahead). */
    public ScheduledStatus reschedule(String id, Instant scheduledAt) {
        return caller.one(UPDATE, UPDATE.path(id), Params.empty().with("scheduled_at", Objects.requireNonNull(scheduledAt, "scheduledAt")),
                ScheduledStatus.class);
    }

    /** Cancels a scheduled status. */
    public void cancel(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }
}
