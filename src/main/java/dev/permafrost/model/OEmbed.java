package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The oEmbed description of a status URL, with HTML to embed it ({@code GET /api/oembed}). */
public record OEmbed(
        String type,
        String version,
        String title,
        String authorName,
        String authorUrl,
        String providerName,
        String providerUrl,
        Long cacheAge,
        String html,
        Integer width,
        Integer height,
        @JsonIgnore String raw) implements Entity {}
