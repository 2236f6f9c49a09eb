package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A background job a server started to complete some results (named by a
 * {@code Mastodon-Async-Refresh} header); {@code status} is running or finished.
 */
public record AsyncRefresh(String id, String status, Long resultCount, @JsonIgnore String raw) implements Entity {}
