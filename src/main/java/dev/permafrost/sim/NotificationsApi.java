package dev.permafrost.sim;

import java.util.List;

/**
 * Notifications (v1): the list (types[], exclude_types[], account_id), one notification, dismissing
 * one or all, and the unread count (newer than the notifications read marker). The grouped v2
 * endpoints are in {@link GroupedNotificationsApi}.
 */
final class NotificationsApi {
    private final SimContext context;
    private final World world;

    NotificationsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/notifications", Access.user("read:notifications"), this::list)
                .get("/api/v1/notifications/:id", Access.user("read:notifications"), request -> context.json(json -> {
                    int position = world.inbox.notificationIndex.get(context.codec.decode(request.path("id")));
                    if (position < 0) {
                        throw ApiError.notFound();
                    }
                    EntityJson.notification(json, context, world.inbox.notifications.get(position), request.viewer());
                }))
                .post("/api/v1/notifications/:id/dismiss", Access.user("write:notifications"), request -> world.write(() -> {
                    if (!world.inbox.notificationIndex.remove(context.codec.decode(request.path("id")))) {
                        throw ApiError.notFound();
                    }
                    return empty();
                }))
                .post("/api/v1/notifications/clear", Access.user("write:notifications"), this::clear)
                .get("/api/v1/notifications/unread_count", Access.user("read:notifications"), request ->
                        unreadCount(request, false));
    }

    private SimResponse list(SimRequest request) {
        Selection selection = Selection.of(request, context);
        int viewer = request.viewer();
        return world.read(() -> {
            int account = selection.account(world);
            return context.page(request, world.inbox.notificationIndex, 40, true,
                    position -> selection.accepts(world.inbox.notifications.get(position), account),
                    (json, position) -> EntityJson.notification(json, context, world.inbox.notifications.get(position), viewer));
        });
    }

    SimResponse clear(SimRequest request) {
        return world.write(() -> {
            for (Inbox.Notification notification : world.inbox.notifications) {
                world.inbox.notificationIndex.remove(notification.id());
            }
            return empty();
        });
    }

    /**
     * Counts notifications newer than the read marker, up to {@code limit} (default 100, at most
     * 1000); grouped counts groups, as the v2 endpoint does.
     */
    SimResponse unreadCount(SimRequest request, boolean grouped) {
        Selection selection = Selection.of(request, context);
        int limit = Math.min(Math.max(0, request.params.first("limit").map(NotificationsApi::number).orElse(100)), 1000);
        List<String> groupedTypes = GroupedNotificationsApi.groupedTypes(request);
        return world.read(() -> {
            int account = selection.account(world);
            IdIndex index = world.inbox.notificationIndex;
            java.util.Set<String> groups = new java.util.HashSet<>();
            int count = 0;
            for (int p = index.size() - 1; p >= 0 && count < limit && index.key(p) > world.inbox.notificationsMarker; p--) {
                Inbox.Notification notification = world.inbox.notifications.get(index.value(p));
                if (selection.accepts(notification, account)
                        && (!grouped || groups.add(GroupedNotificationsApi.groupKey(context, notification, groupedTypes)))) {
                    count++;
                }
            }
            int total = count;
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                json.writeNumberField("count", total);
                json.writeEndObject();
            }));
        });
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    static SimResponse empty() {
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            json.writeEndObject();
        }));
    }

    /** Which notifications a request asks for: types[], exclude_types[] and account_id. */
    record Selection(int types, int excluded, long accountId) {
        static Selection of(SimRequest request, SimContext context) {
            return new Selection(typeBits(request.params.all("types"), true), typeBits(request.params.all("exclude_types"), false),
                    request.params.first("account_id").map(context.codec::decode).orElse(-2L));
        }

        /** The account index asked for, -2 for any. Call under the read lock. */
        int account(World world) {
            return accountId == -2L ? -2 : world.social.account(accountId);
        }

        boolean accepts(Inbox.Notification notification, int account) {
            int bit = 1 << notification.type();
            return (types & bit) != 0 && (excluded & bit) == 0 && (account == -2 || notification.account() == account);
        }

        /** The bit set of notification types named; no names means every type (or none excluded). */
        private static int typeBits(List<String> names, boolean emptyMeansAll) {
            if (names.isEmpty()) {
                return emptyMeansAll ? -1 : 0;
            }
            int bits = 0;
            for (String name : names) {
                int index = Inbox.TYPES.indexOf(name);
                bits |= index < 0 ? 0 : 1 << index;
            }
            return bits;
        }
    }
}
