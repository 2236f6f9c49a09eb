package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The number of unread notifications (or groups, for v2), capped by the server. */
public record UnreadCount(long count, @JsonIgnore String raw) implements Entity {}
