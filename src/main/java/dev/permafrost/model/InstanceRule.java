package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** A rule of a server (the Rule entity); {@code translations} maps a language to its text and hint. */
public record InstanceRule(
        String id,
        String text,
        String hint,
        JsonNode translations,
        @JsonIgnore String raw) implements Entity {}
