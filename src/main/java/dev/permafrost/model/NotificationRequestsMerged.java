package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Whether accepted notification requests have been merged into the notifications yet. */
public record NotificationRequestsMerged(boolean merged, @JsonIgnore String raw) implements Entity {}
