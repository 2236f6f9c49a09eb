package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A blocked email address, kept only as the SHA-256 of its canonical form. */
public record AdminCanonicalEmailBlock(String id, String canonicalEmailHash, @JsonIgnore String raw) implements Entity {}
