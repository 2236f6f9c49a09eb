package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * An account suggested to follow and why ({@code sources}: featured, most_followed,
 * most_interactions, similar_to_recently_followed, friends_of_friends; {@code source} is the
 * single deprecated reason older servers send).
 */
public record Suggestion(
        String source,
        List<String> sources,
        Account account,
        @JsonIgnore String raw) implements Entity {

    public Suggestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
