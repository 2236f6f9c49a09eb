package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer to adding an account to a collection: {@code {"collection_item": {...}}}. */
public record WrappedCollectionItem(AccountCollectionItem collectionItem, @JsonIgnore String raw) implements Entity {}
