package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A status a v2 filter matches, as {@code /api/v2/filters/…/statuses} returns it. */
public record FilterStatus(String id, String statusId, @JsonIgnore String raw) implements Entity {}
