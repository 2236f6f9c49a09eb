package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A post (the Status entity). A boost is a status whose {@link #reblog()} holds the boosted one.
 * Lists are never null; absent nested objects are. {@link #quote()} is kept as a tree because it
 * comes in two shapes; {@code json.convert(status.quote(), Quote.class)} reads either.
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
        QuoteApproval quoteApproval,
        List<FilterResult> filtered,
        List<AccountCollection> taggedCollections,
        @JsonIgnore String raw) implements Entity {

    public Status {
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        filtered = filtered == null ? List.of() : List.copyOf(filtered);
        taggedCollections = taggedCollections == null ? List.of() : List.copyOf(taggedCollections);
    }

    /** Whether this status is a boost of another one. */
    public boolean isReblog() {
        return reblog != null;
    }

    /**
     * The id of the status this one quotes, from either shape of {@link #quote()} (a full quoted
     * status or a bare {@code quoted_status_id}); null when it quotes nothing or the quoted status
     * is not visible.
     */
    public String quotedStatusId() {
        if (quote == null || !quote.isObject()) {
            return null;
        }
        JsonNode id = quote.path("quoted_status_id");
        if (id.isValueNode() && !id.isNull()) {
            return id.asText();
        }
        JsonNode nested = quote.path("quoted_status").path("id");
        return nested.isValueNode() && !nested.isNull() ? nested.asText() : null;
    }

    /** A user mentioned in a status. */
    public record Mention(String id, String username, String acct, String url) {}
}
