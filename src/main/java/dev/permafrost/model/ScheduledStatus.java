package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A status that will be published at {@code scheduledAt}; {@code params} are those it was posted with. */
public record ScheduledStatus(
        String id,
        Instant scheduledAt,
        JsonNode params,
        List<MediaAttachment> mediaAttachments,
        @JsonIgnore String raw) implements Entity {

    public ScheduledStatus {
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
    }
}
