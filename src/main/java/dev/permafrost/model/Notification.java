package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Something that happened to the user: a mention, a follow, a favourite... {@code type} is kept
 * as a string because new types appear in new Mastodon versions. {@link #event()} and
 * {@link #moderationWarning()} are trees that {@link Json#convert} turns into
 * {@link RelationshipSeveranceEvent} and {@link AccountWarning}.
 */
public record Notification(
        String id,
        String type,
        String groupKey,
        Instant createdAt,
        Account account,
        Status status,
        Report report,
        JsonNode event,
        JsonNode moderationWarning,
        AccountCollection collection,
        NotificationFallback fallback,
        @JsonIgnore String raw) implements Entity {}
