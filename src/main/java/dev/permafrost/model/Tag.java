package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A hashtag; inside a status only {@code name} and {@code url} are set. */
public record Tag(
        String id,
        String name,
        String url,
        List<History> history,
        Boolean following,
        Boolean featuring,
        @JsonIgnore String raw) implements Entity {

    public Tag {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Daily usage of a tag; the API sends the numbers as strings. */
    public record History(String day, String uses, String accounts) {}
}
