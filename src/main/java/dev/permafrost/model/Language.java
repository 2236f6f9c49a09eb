package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A language a server knows, from {@code GET /api/v1/instance/languages}: ISO 639 code and English name. */
public record Language(String code, String name, @JsonIgnore String raw) implements Entity {}
