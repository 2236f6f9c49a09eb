package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An emoji reaction to an announcement; {@code url} is set for custom emoji only. The streaming
 * event {@code announcement.reaction} sends the same shape with {@code announcementId}.
 */
public record Reaction(
        String name,
        long count,
        Boolean me,
        String url,
        String staticUrl,
        String announcementId,
        @JsonIgnore String raw) implements Entity {}
