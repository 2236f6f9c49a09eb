package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer of {@code GET /api/v1_alpha/async_refreshes/:id}: {@code {"async_refresh": {...}}}. */
public record AsyncRefreshResponse(AsyncRefresh asyncRefresh, @JsonIgnore String raw) implements Entity {}
