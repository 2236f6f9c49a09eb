package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** Filtered notifications from one account, waiting to be accepted or dismissed; the count comes as a string. */
public record NotificationRequest(
        String id,
        Instant createdAt,
        Instant updatedAt,
        long notificationsCount,
        Account account,
        Status lastStatus,
        @JsonIgnore String raw) implements Entity {}
