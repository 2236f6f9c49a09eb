package dev.permafrost.sim;

import java.util.List;

/** Notifications: the list (types[], exclude_types[], account_id) and one notification. */
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
                }));
    }

    private SimResponse list(SimRequest request) {
        int types = typeBits(request.params.all("types"), true);
        int excluded = typeBits(request.params.all("exclude_types"), false);
        long accountId = request.params.first("account_id").map(context.codec::decode).orElse(-2L);
        int viewer = request.viewer();
        return world.read(() -> {
            int account = accountId == -2L ? -2 : world.social.account(accountId);
            return context.page(request, world.inbox.notificationIndex, 40, true, position -> {
                Inbox.Notification notification = world.inbox.notifications.get(position);
                int bit = 1 << notification.type();
                return (types & bit) != 0 && (excluded & bit) == 0 && (account == -2 || notification.account() == account);
            }, (json, position) -> EntityJson.notification(json, context, world.inbox.notifications.get(position), viewer));
        });
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
