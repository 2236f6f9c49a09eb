package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer of {@code /api/v1/markers}: a {@link Marker} per timeline asked for, null for the others. */
public record Markers(Marker home, Marker notifications, @JsonIgnore String raw) implements Entity {}
