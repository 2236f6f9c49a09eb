package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A user role granting permissions. Inside {@link Account#roles()} only the id, name and colour
 * are sent; {@code permissions} is a bit field written as a decimal string.
 */
public record Role(
        String id,
        String name,
        String color,
        String permissions,
        Boolean highlighted,
        Integer collectionLimit,
        @JsonIgnore String raw) implements Entity {}
