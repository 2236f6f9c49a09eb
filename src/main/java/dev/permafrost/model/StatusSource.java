package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The plain text a status was written from, as needed to edit it. */
public record StatusSource(String id, String text, String spoilerText, @JsonIgnore String raw) implements Entity {}
