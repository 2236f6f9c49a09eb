package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A custom emoji of an instance; {@code GET /api/v1/custom_emojis} lists them, statuses and accounts embed them. */
public record CustomEmoji(
        String shortcode,
        String url,
        String staticUrl,
        boolean visibleInPicker,
        String category,
        @JsonIgnore String raw) implements Entity {}
