package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** How the authenticated user relates to another account. */
public record Relationship(
        String id,
        boolean following,
        boolean showingReblogs,
        boolean notifying,
        List<String> languages,
        boolean followedBy,
        boolean blocking,
        boolean blockedBy,
        boolean muting,
        boolean mutingNotifications,
        boolean requested,
        boolean requestedBy,
        boolean domainBlocking,
        boolean endorsed,
        String note,
        Instant mutingExpiresAt,
        @JsonIgnore String raw) implements Entity {

    public Relationship {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
