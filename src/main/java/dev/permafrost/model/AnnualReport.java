package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** A user's yearly summary ("Wrapstodon"); {@code data} follows a schema given by {@code schemaVersion}. */
public record AnnualReport(
        int year,
        String accountId,
        Integer schemaVersion,
        JsonNode data,
        String shareUrl,
        @JsonIgnore String raw) implements Entity {}
