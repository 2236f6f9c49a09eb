package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The user's appeal against a moderation action ({@code state}: approved, rejected, pending). */
public record Appeal(String text, String state, @JsonIgnore String raw) implements Entity {}
