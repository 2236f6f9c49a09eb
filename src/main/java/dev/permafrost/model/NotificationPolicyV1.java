package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The older, boolean shape of the notification policy ({@code /api/v1/notifications/policy}, deprecated). */
public record NotificationPolicyV1(
        boolean filterNotFollowing,
        boolean filterNotFollowers,
        boolean filterNewAccounts,
        boolean filterPrivateMentions,
        NotificationPolicy.Summary summary,
        @JsonIgnore String raw) implements Entity {}
