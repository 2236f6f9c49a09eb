package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

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
        @JsonIgnore String raw) implements Entity {}
