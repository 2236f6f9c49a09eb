package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer to creating or updating a collection: {@code {"collection": {...}}}. */
public record WrappedCollection(AccountCollection collection, @JsonIgnore String raw) implements Entity {}
