package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.NotificationRequest;
import dev.permafrost.model.NotificationRequestsMerged;
import java.util.List;
import java.util.Objects;

/**
 * Notification requests (4.3+): the notifications the policy filtered, one request per sender,
 * waiting to be accepted or dismissed. See docs.joinmastodon.org/methods/notifications (requests).
 */
public final class NotificationRequests {
    public static final Endpoint LIST = Endpoint.get("/api/v1/notifications/requests", "4.3.0").paged(Paging.LINK, 40, 80);
    public static final Endpoint GET = Endpoint.get("/api/v1/notifications/requests/:id", "4.3.0");
    public static final Endpoint ACCEPT = Endpoint.post("/api/v1/notifications/requests/:id/accept", "4.3.0");
    public static final Endpoint DISMISS = Endpoint.post("/api/v1/notifications/requests/:id/dismiss", "4.3.0");
    public static final Endpoint ACCEPT_MANY = Endpoint.post("/api/v1/notifications/requests/accept", "4.3.0");
    public static final Endpoint DISMISS_MANY = Endpoint.post("/api/v1/notifications/requests/dismiss", "4.3.0");
    public static final Endpoint MERGED = Endpoint.get("/api/v1/notifications/requests/merged", "4.3.0");

    private final Caller caller;

    public NotificationRequests(Caller caller) {
        this.caller = caller;
    }

    /** Pending requests, most recently updated first; pages follow the Link header. */
    public Page<NotificationRequest> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), NotificationRequest.class);
    }

    /** One request. */
    public NotificationRequest get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), NotificationRequest.class);
    }

    /**
     * Accepts a request: the sender's notifications join the list (merged in the background, see
     * {@link #merged()}) and later ones are no longer filtered.
     */
    public void accept(String id) {
        caller.empty(ACCEPT, ACCEPT.path(id), Params.empty());
    }

    /** Dismisses a request and its notifications. */
    public void dismiss(String id) {
        caller.empty(DISMISS, DISMISS.path(id), Params.empty());
    }

    /** Accepts several requests at once. */
    public void accept(List<String> ids) {
        caller.empty(ACCEPT_MANY, ACCEPT_MANY.path(), ids(ids));
    }

    /** Dismisses several requests at once. */
    public void dismiss(List<String> ids) {
        caller.empty(DISMISS_MANY, DISMISS_MANY.path(), ids(ids));
    }

    /** Whether the notifications of accepted requests have all been merged into the list yet. */
    public boolean merged() {
        return caller.one(MERGED, MERGED.path(), Params.empty(), NotificationRequestsMerged.class).merged();
    }

    private static Params ids(List<String> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no request ids given");
        }
        return Params.empty().withAll("id[]", ids);
    }
}
