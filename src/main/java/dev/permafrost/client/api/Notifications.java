package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Notification;
import java.util.List;
import java.util.Objects;

/** Notifications of the user. See docs.joinmastodon.org/methods/notifications. */
public final class Notifications {
    public static final Endpoint LIST = Endpoint.get("/api/v1/notifications", "0.0.0").paged(Paging.ID, 40, 80);
    public static final Endpoint GET = Endpoint.get("/api/v1/notifications/:id", "0.0.0");

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

    /**
     * Which notifications to list.
     *
     * @param types only these types (empty: all)
     * @param excludeTypes not these types
     * @param accountId only those caused by this account, or null
     */
    public record Filter(List<String> types, List<String> excludeTypes, String accountId) {
        public static final Filter ALL = new Filter(List.of(), List.of(), null);

        public Filter {
            types = List.copyOf(Objects.requireNonNull(types, "types"));
            excludeTypes = List.copyOf(Objects.requireNonNull(excludeTypes, "excludeTypes"));
        }

        Params params() {
            return Params.empty().withAll("types[]", types).withAll("exclude_types[]", excludeTypes)
                    .with("account_id", accountId);
        }
    }
}
