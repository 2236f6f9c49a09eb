package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A moderation warning or action against the user's account, as a {@code moderation_warning} notification carries it. */
public record AccountWarning(
        String id,
        String action,
        String text,
        List<String> statusIds,
        Account targetAccount,
        Appeal appeal,
        Instant createdAt,
        @JsonIgnore String raw) implements Entity {

    public AccountWarning {
        statusIds = statusIds == null ? List.of() : List.copyOf(statusIds);
    }
}
