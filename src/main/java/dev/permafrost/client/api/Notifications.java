package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Notification;
import dev.permafrost.model.UnreadCount;
import java.util.List;
import java.util.Objects;

/**
 * Notifications of the user, one by one (API v1). See docs.joinmastodon.org/methods/notifications.
 * Grouped notifications are in {@link GroupedNotifications}, the filtering policy in
 * {@link NotificationPolicies}, filtered senders in {@link NotificationRequests}.
 */
public final class Notifications {
    public static final Endpoint LIST = Endpoint.get("/api/v1/notifications", "0.0.0").paged(Paging.ID, 40, 80);
    public static final Endpoint GET = Endpoint.get("/api/v1/notifications/:id", "0.0.0");
    public static final Endpoint DISMISS = Endpoint.post("/api/v1/notifications/:id/dismiss", "1.3.0");
    public static final Endpoint CLEAR = Endpoint.post("/api/v1/notifications/clear", "0.0.0");
    public static final Endpoint UNREAD_COUNT = Endpoint.get("/api/v1/notifications/unread_count", "4.3.0");

    /** The server's default and largest {@code limit} of {@link #unreadCount}: counting stops there. */
    public static final int UNREAD_COUNT_DEFAULT_LIMIT = 100;
    public static final int UNREAD_COUNT_MAX_LIMIT = 1000;

    private final Caller caller;

    public Notifications(Caller caller) {
        this.caller = caller;
    }

    /** Notifications, newest first, filtered by type. */
    public Page<Notification> list(Filter filter, PageRequest page) {
        return caller.page(LIST, LIST.path(), filter.params().with(page.params(LIST)), Notification.class);
    }

    /** One notification. */
    public Notification get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Notification.class);
    }

    /** Dismisses one notification: it is gone from the list for good. */
    public void dismiss(String id) {
        caller.empty(DISMISS, DISMISS.path(id), Params.empty());
    }

    /** Dismisses every notification of the user. */
    public void clear() {
        caller.empty(CLEAR, CLEAR.path(), Params.empty());
    }

    /**
     * How many notifications are newer than the user's notifications read marker, counting up to
     * {@code limit} (0 for the server's default of 100; at most 1000).
     *
     * @throws IllegalArgumentException when the filter asks for filtered notifications, which the
     *     count does not know about
     */
    public UnreadCount unreadCount(Filter filter, int limit) {
        if (filter.includeFiltered()) {
            throw new IllegalArgumentException("unread_count has no include_filtered; pass a filter without it");
        }
        return caller.one(UNREAD_COUNT, UNREAD_COUNT.path(), filter.params().with(unreadLimit(limit)), UnreadCount.class);
    }

    /** The {@code limit} of an unread count, checked and clamped to the server's largest. */
    static Params unreadLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit < 0: " + limit);
        }
        return Params.empty().with("limit", limit == 0 ? null : Math.min(limit, UNREAD_COUNT_MAX_LIMIT));
    }

    /**
     * Which notifications to list.
     *
     * @param types only these types (empty: all)
     * @param excludeTypes not these types
     * @param accountId only those caused by this account, or null
     * @param includeFiltered also those the notification policy filtered out (4.3+)
     */
    public record Filter(List<String> types, List<String> excludeTypes, String accountId, boolean includeFiltered) {
        public static final Filter ALL = new Filter(List.of(), List.of(), null, false);

        public Filter {
            types = List.copyOf(Objects.requireNonNull(types, "types"));
            excludeTypes = List.copyOf(Objects.requireNonNull(excludeTypes, "excludeTypes"));
        }

        /** A filter that leaves filtered notifications out, as the server does by default. */
        public Filter(List<String> types, List<String> excludeTypes, String accountId) {
            this(types, excludeTypes, accountId, false);
        }

        /** Only these types. */
        public static Filter only(String... types) {
            return new Filter(List.of(types), List.of(), null, false);
        }

        /** The same filter, with the notifications the policy filtered out too. */
        public Filter withFiltered() {
            return new Filter(types, excludeTypes, accountId, true);
        }

        Params params() {
            return Params.empty().withAll("types[]", types).withAll("exclude_types[]", excludeTypes)
                    .with("account_id", accountId)
                    .with("include_filtered", includeFiltered ? "true" : null);
        }
    }
}
