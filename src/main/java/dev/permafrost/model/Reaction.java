package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An emoji reaction to an announcement; {@code url} is set for custom emoji only. */
public record Reaction(
        String name,
        long count,
        Boolean me,
        String url,
        String staticUrl,
        @JsonIgnore String raw) implements Entity {}
