package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** The rich preview of a link in a status, or a trending link. */
public record PreviewCard(
        String url,
        String title,
        String description,
        String type,
        String authorName,
        String authorUrl,
        String providerName,
        String providerUrl,
        String html,
        Integer width,
        Integer height,
        String image,
        String embedUrl,
        String blurhash,
        Instant publishedAt,
        List<PreviewCardAuthor> authors,
        Boolean missingAttribution,
        @JsonIgnore String raw) implements Entity {

    public PreviewCard {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
