package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grouped notifications (v2): favourites and boosts of one status, and follows, within the same
 * 12-hour window share a group key, like Mastodon's; other types are {@code ungrouped-ID}.
 * A page is a page of single notifications (so the Link cursors are notification IDs, as on
 * Mastodon) grouped by key; {@code notifications_count} counts the whole group.
 * {@code expand_accounts=partial_avatars} renders all but each group's newest account partially.
 */
final class GroupedNotificationsApi {
    static final List<String> DEFAULT_GROUPED = List.of("favourite", "reblog", "follow", "admin.sign_up");
    private static final long WINDOW_MILLIS = 12 * 3_600_000L;
    private static final int SAMPLE_ACCOUNTS = 8;

    private final SimContext context;
    private final World world;

    GroupedNotificationsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router, NotificationsApi v1) {
        router.get("/api/v2/notifications", Access.user("read:notifications"), this::list)
                .get("/api/v2/notifications/unread_count", Access.user("read:notifications"), request -> v1.unreadCount(request, true))
                .get("/api/v2/notifications/:group_key", Access.user("read:notifications"), this::group)
                .get("/api/v2/notifications/:group_key/accounts", Access.user("read:notifications"), request ->
                        context.json(json -> {
                            json.writeStartArray();
                            Set<Integer> seen = new LinkedHashSet<>();
                            for (Inbox.Notification notification : members(request.path("group_key"))) {
                                if (seen.add(notification.account())) {
                                    context.accounts.write(json, notification.account());
                                }
                            }
                            json.writeEndArray();
                        }))
                .post("/api/v2/notifications/:group_key/dismiss", Access.user("write:notifications"), request -> world.write(() -> {
                    for (Inbox.Notification notification : members(request.path("group_key"))) {
                        world.inbox.notificationIndex.remove(notification.id());
                    }
                    return NotificationsApi.empty();
                }))
                .post("/api/v2/notifications/clear", Access.user("write:notifications"), v1::clear);
    }

    /** The grouped types a request names, or the default ones. */
    static List<String> groupedTypes(SimRequest request) {
        List<String> named = request.params.all("grouped_types");
        return named.isEmpty() ? DEFAULT_GROUPED : named;
    }

    /** A notification's group key when these types are grouped. Call under the read lock. */
    static String groupKey(SimContext context, Inbox.Notification notification, List<String> groupedTypes) {
        String type = Inbox.TYPES.get(notification.type());
        if (!groupedTypes.contains(type) || !DEFAULT_GROUPED.contains(type)) {
            return "ungrouped-" + context.codec.encode(notification.id());
        }
        long window = notification.createdMillis() / WINDOW_MILLIS * (WINDOW_MILLIS / 3_600_000L);
        String target = notification.statusRow() >= 0
                ? type + "-" + context.codec.encode(context.world.timelines.rows.id(notification.statusRow()))
                : type;
        return target + "-" + window;
    }

    private SimResponse list(SimRequest request) {
        NotificationsApi.Selection selection = NotificationsApi.Selection.of(request, context);
        List<String> groupedTypes = groupedTypes(request);
        boolean partial = request.params.first("expand_accounts", "full").equals("partial_avatars");
        Paginator.Cursor cursor = Paginator.cursor(request, context.codec, 40, true);
        return world.read(() -> {
            int account = selection.account(world);
            Paginator.Page page = Paginator.page(world.inbox.notificationIndex, cursor,
                    position -> selection.accepts(world.inbox.notifications.get(position), account));
            Map<String, List<Inbox.Notification>> groups = new LinkedHashMap<>();
            for (int i = 0; i < page.size(); i++) {
                Inbox.Notification notification = world.inbox.notifications.get(page.values()[i]);
                groups.computeIfAbsent(groupKey(context, notification, groupedTypes), k -> new ArrayList<>()).add(notification);
            }
            Map<String, long[]> totals = totals(groups.keySet(), groupedTypes, selection, account);
            SimResponse response = SimResponse.json(Json.write(json -> results(json, groups, totals, partial, request.viewer())));
            Paginator.link(context.baseUrl, request, page, cursor, true, context.codec).ifPresent(link -> response.header("Link", link));
            return response;
        });
    }

    private SimResponse group(SimRequest request) {
        String key = request.path("group_key");
        return context.json(json -> {
            List<Inbox.Notification> members = members(key);
            if (members.isEmpty()) {
                throw ApiError.notFound();
            }
            Map<String, List<Inbox.Notification>> groups = Map.of(key, members);
            Inbox.Notification newest = members.get(0);
            results(json, groups, Map.of(key, new long[] {members.size(), newest.id()}), false, request.viewer());
        });
    }

    /** The notifications of a group key under the default grouping, newest first. Call under the lock. */
    private List<Inbox.Notification> members(String key) {
        List<Inbox.Notification> members = new ArrayList<>();
        IdIndex index = world.inbox.notificationIndex;
        for (int p = index.size() - 1; p >= 0; p--) {
            Inbox.Notification notification = world.inbox.notifications.get(index.value(p));
            if (groupKey(context, notification, DEFAULT_GROUPED).equals(key)
                    || ("ungrouped-" + context.codec.encode(notification.id())).equals(key)) {
                members.add(notification);
            }
        }
        return members;
    }

    /** For each key: how many notifications the whole group has, and the ID of its newest. */
    private Map<String, long[]> totals(Set<String> keys, List<String> groupedTypes, NotificationsApi.Selection selection,
                                      int account) {
        Map<String, long[]> totals = new HashMap<>();
        IdIndex index = world.inbox.notificationIndex;
        for (int p = index.size() - 1; p >= 0; p--) {
            Inbox.Notification notification = world.inbox.notifications.get(index.value(p));
            if (!selection.accepts(notification, account)) {
                continue;
            }
            String key = groupKey(context, notification, groupedTypes);
            if (keys.contains(key)) {
                totals.computeIfAbsent(key, k -> new long[] {0, notification.id()})[0]++;
            }
        }
        return totals;
    }

    private void results(JsonGenerator json, Map<String, List<Inbox.Notification>> groups, Map<String, long[]> totals,
                         boolean partial, int viewer) throws IOException {
        Set<Integer> full = new LinkedHashSet<>();
        Set<Integer> avatars = new LinkedHashSet<>();
        Set<Integer> statuses = new LinkedHashSet<>();
        for (List<Inbox.Notification> members : groups.values()) {
            List<Integer> sample = sample(members);
            full.add(sample.get(0));
            (partial ? avatars : full).addAll(sample.subList(1, sample.size()));
            if (members.get(0).statusRow() >= 0) {
                statuses.add(members.get(0).statusRow());
            }
        }
        avatars.removeAll(full);
        json.writeStartObject();
        json.writeArrayFieldStart("accounts");
        for (int account : full) {
            context.accounts.write(json, account);
        }
        json.writeEndArray();
        if (partial) {
            json.writeArrayFieldStart("partial_accounts");
            for (int account : avatars) {
                partialAccount(json, account);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("statuses");
        for (int row : statuses) {
            context.statuses.write(json, row, viewer);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notification_groups");
        for (Map.Entry<String, List<Inbox.Notification>> group : groups.entrySet()) {
            writeGroup(json, group.getKey(), group.getValue(), totals.get(group.getKey()));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeGroup(JsonGenerator json, String key, List<Inbox.Notification> members, long[] total) throws IOException {
        Inbox.Notification newest = members.get(0);
        Inbox.Notification oldest = members.get(members.size() - 1);
        json.writeStartObject();
        json.writeStringField("group_key", key);
        json.writeNumberField("notifications_count", total == null ? members.size() : total[0]);
        json.writeStringField("type", Inbox.TYPES.get(newest.type()));
        json.writeStringField("most_recent_notification_id", context.codec.encode(total == null ? newest.id() : total[1]));
        json.writeStringField("page_min_id", context.codec.encode(oldest.id()));
        json.writeStringField("page_max_id", context.codec.encode(newest.id()));
        json.writeStringField("latest_page_notification_at", Html.dateTime(newest.createdMillis()));
        json.writeArrayFieldStart("sample_account_ids");
        for (int account : sample(members)) {
            json.writeString(context.codec.encode(world.social.accounts.get(account).id));
        }
        json.writeEndArray();
        if (newest.statusRow() >= 0) {
            json.writeStringField("status_id", context.codec.encode(world.timelines.rows.id(newest.statusRow())));
        }
        json.writeEndObject();
    }

    private static List<Integer> sample(List<Inbox.Notification> members) {
        Set<Integer> accounts = new LinkedHashSet<>();
        for (Inbox.Notification notification : members) {
            if (accounts.size() < SAMPLE_ACCOUNTS) {
                accounts.add(notification.account());
            }
        }
        return new ArrayList<>(accounts);
    }

    private void partialAccount(JsonGenerator json, int index) throws IOException {
        AccountRow account = world.social.accounts.get(index);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(account.id));
        json.writeStringField("acct", account.acct());
        json.writeStringField("url", context.accounts.url(account));
        json.writeStringField("avatar", context.accounts.avatar(account));
        json.writeStringField("avatar_static", context.accounts.avatar(account));
        json.writeBooleanField("locked", account.locked);
        json.writeBooleanField("bot", account.bot);
        json.writeEndObject();
    }
}
