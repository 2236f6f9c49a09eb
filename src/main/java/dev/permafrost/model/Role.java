package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A user role granting permissions. Inside {@link Account#roles()} only the id, name and colour
 * are sent; {@code permissions} is a bit field written as a decimal string. Servers older than
 * Mastodon 4.0 send an admin account's role as a bare name ({@code "admin"}), read as a role with
 * only that name.
 */
public record Role(
        String id,
        String name,
        String color,
        String permissions,
        Boolean highlighted,
        Integer collectionLimit,
        @JsonIgnore String raw) implements Entity {

    /** The role of a pre-4.0 server, which only has a name. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Role named(String name) {
        return new Role(null, name, null, null, null, null, null);
    }
}
