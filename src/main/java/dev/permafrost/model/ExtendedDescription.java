package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** The HTML "about" text of a server; {@code updatedAt} is null when it was never edited. */
public record ExtendedDescription(Instant updatedAt, String content, @JsonIgnore String raw) implements Entity {}
