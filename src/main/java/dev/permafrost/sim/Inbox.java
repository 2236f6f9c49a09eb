package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The main user's notifications, conversations and read markers. Notification IDs are small
 * sequential numbers, like Mastodon's; conversations page by the ID of their last status.
 * Guarded by the {@link World}'s lock.
 */
final class Inbox {
    static final List<String> TYPES = List.of("mention", "status", "reblog", "follow", "follow_request", "favourite", "poll", "update");

    /** A notification: its type index in {@link #TYPES}, the acting account, the status row or -1. */
    record Notification(long id, int type, int account, int statusRow, long createdMillis) {
    }

    /** A conversation: its ID, the other participant, the last status row, whether it is unread. */
    record Conversation(long id, int account, int lastStatusRow, boolean unread) {
    }

    final List<Notification> notifications = new ArrayList<>();
    final IdIndex notificationIndex = new IdIndex();
    final List<Conversation> conversations = new ArrayList<>();
    /** Conversation positions keyed by the ID of their last status (the Link cursor). */
    final IdIndex conversationIndex = new IdIndex();
    long nextNotificationId = 1;
    long homeMarker = -1;
    long notificationsMarker = -1;
    long markerMillis;
    /** How often each marker was saved (Mastodon's optimistic-locking version). */
    int homeMarkerVersion = 1;
    int notificationsMarkerVersion = 1;
    /** The notification policy: for each kind of sender (for_not_following...), accept, filter or drop. */
    final java.util.Map<String, String> policy = new java.util.LinkedHashMap<>(java.util.Map.of());

    Inbox() {
        for (String kind : List.of("for_not_following", "for_not_followers", "for_new_accounts", "for_private_mentions",
                "for_limited_accounts", "for_bots")) {
            policy.put(kind, kind.equals("for_private_mentions") || kind.equals("for_limited_accounts") ? "filter" : "accept");
        }
    }

    long addNotification(int type, int account, int statusRow, long createdMillis) {
        long id = nextNotificationId++;
        notificationIndex.put(id, notifications.size());
        notifications.add(new Notification(id, type, account, statusRow, createdMillis));
        return id;
    }

    void removeNotificationsOf(int statusRow) {
        for (Notification notification : notifications) {
            if (notification.statusRow() == statusRow) {
                notificationIndex.remove(notification.id());
            }
        }
    }
}
