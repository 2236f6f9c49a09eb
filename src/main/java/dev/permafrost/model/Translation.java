package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A machine translation of a status: its content, warning, poll options and media descriptions. */
public record Translation(
        String content,
        String spoilerText,
        Poll poll,
        List<Attachment> mediaAttachments,
        String detectedSourceLanguage,
        String language,
        String provider,
        @JsonIgnore String raw) implements Entity {

    public Translation {
        mediaAttachments = mediaAttachments == null ? List.of() : List.copyOf(mediaAttachments);
    }

    /** The translated options of the status's poll. */
    public record Poll(String id, List<Option> options) {

        public Poll {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** One translated poll option. */
    public record Option(String title) {}

    /** The translated description of one media attachment. */
    public record Attachment(String id, String description) {}
}
