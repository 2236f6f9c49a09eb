package dev.permafrost.model;

/**
 * A Mastodon entity that remembers the JSON it was read from, so an archive can keep every
 * field the server sent, including the ones this version of Permafrost does not know yet.
 */
public interface Entity {

    /**
     * The JSON object exactly as the server sent it, or {@code null} for a value built in code.
     * Records name this component {@code raw} and mark it {@code @JsonIgnore}; {@link Json} fills it.
     */
    String raw();
}
