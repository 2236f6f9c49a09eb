package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Which notifications the user lets through ({@code GET /api/v2/notifications/policy}); each
 * {@code for…} value is accept, filter or drop, kept as a string so new ones parse.
 */
public record NotificationPolicy(
        String forNotFollowing,
        String forNotFollowers,
        String forNewAccounts,
        String forPrivateMentions,
        String forLimitedAccounts,
        String forBots,
        Summary summary,
        @JsonIgnore String raw) implements Entity {

    /** How many filtered notifications and requests are waiting. */
    public record Summary(long pendingRequestsCount, long pendingNotificationsCount) {}
}
