package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A keyword of a v2 filter, as {@code /api/v2/filters/…/keywords} returns it. */
public record FilterKeyword(String id, String keyword, boolean wholeWord, @JsonIgnore String raw) implements Entity {}
