package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** One revision of a status, from {@code GET /api/v1/statuses/:id/history}; oldest first there. */
public record StatusEdit(
        String content,
        String spoilerText,
        boolean sensitive,
        Instant createdAt,
        Account account,
        JsonNode poll,
        List<MediaAttachment> mediaAttachments,
        List<CustomEmoji> emojis,
        Quote quote,
        @JsonIgnore String raw) implements Entity {

    public StatusEdit {
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
    }
}
