package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A server's privacy policy as HTML. */
public record PrivacyPolicy(Instant updatedAt, String content, @JsonIgnore String raw) implements Entity {}
