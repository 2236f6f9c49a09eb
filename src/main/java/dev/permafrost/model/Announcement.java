package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** An announcement by the server's staff, with the emoji reactions of its users. */
public record Announcement(
        String id,
        String content,
        Instant startsAt,
        Instant endsAt,
        boolean allDay,
        Instant publishedAt,
        Instant updatedAt,
        Boolean read,
        List<Mention> mentions,
        List<StatusLink> statuses,
        List<Tag> tags,
        List<CustomEmoji> emojis,
        List<Reaction> reactions,
        @JsonIgnore String raw) implements Entity {

    public Announcement {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    /** An account mentioned in an announcement. */
    public record Mention(String id, String username, String acct, String url) {}

    /** A status linked from an announcement. */
    public record StatusLink(String id, String url) {}
}
