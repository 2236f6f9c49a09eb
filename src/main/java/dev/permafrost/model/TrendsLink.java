package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A trending link: a {@link PreviewCard} with daily usage history. The admin trends endpoints
 * add {@code id} and {@code requiresReview}; both are null elsewhere.
 */
public record TrendsLink(
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
        List<Tag.History> history,
        String id,
        Boolean requiresReview,
        @JsonIgnore String raw) implements Entity {

    public TrendsLink {
        authors = authors == null ? List.of() : List.copyOf(authors);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
