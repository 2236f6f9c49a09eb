package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A poll attached to a status. */
public record Poll(
        String id,
        Instant expiresAt,
        boolean expired,
        boolean multiple,
        long votesCount,
        Long votersCount,
        List<Option> options,
        List<CustomEmoji> emojis,
        Boolean voted,
        List<Integer> ownVotes,
        @JsonIgnore String raw) implements Entity {

    public Poll {
        options = options == null ? List.of() : List.copyOf(options);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        ownVotes = ownVotes == null ? List.of() : List.copyOf(ownVotes);
    }

    /** One answer of a poll; {@code votesCount} is null while results are hidden. */
    public record Option(String title, Long votesCount) {}
}
