package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** How far the user has read one timeline; {@code version} grows on every save. */
public record Marker(String lastReadId, long version, Instant updatedAt, @JsonIgnore String raw) implements Entity {}
