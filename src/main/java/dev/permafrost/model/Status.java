package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A post (the Status entity). A boost is a status whose {@link #reblog()} holds the boosted one.
 * Lists are never null; absent nested objects are.
 */
public record Status(
        String id,
        String uri,
        String url,
        Instant createdAt,
        Instant editedAt,
        Account account,
        String content,
        String text,
        String visibility,
        boolean sensitive,
        String spoilerText,
        String language,
        String inReplyToId,
        String inReplyToAccountId,
        Status reblog,
        Application application,
        List<MediaAttachment> mediaAttachments,
        List<Mention> mentions,
        List<Tag> tags,
        List<CustomEmoji> emojis,
        PreviewCard card,
        Poll poll,
        JsonNode quote,
        long repliesCount,
        long reblogsCount,
        long favouritesCount,
        Long quotesCount,
        Boolean favourited,
        Boolean reblogged,
        Boolean muted,
        Boolean bookmarked,
        Boolean pinned,
        @JsonIgnore String raw) implements Entity {

    public Status {
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
    }

    /** Whether this status is a boost of another one. */
    public boolean isReblog() {
        return reblog != null;
    }

    /** A user mentioned in a status. */
    public record Mention(String id, String username, String acct, String url) {}
}
