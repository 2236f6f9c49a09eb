package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A hashtag as moderators see it: a {@link Tag} plus whether it may trend, be used and needs review. */
public record AdminTag(
        String id,
        String name,
        String url,
        List<Tag.History> history,
        Boolean following,
        Boolean featuring,
        Boolean trendable,
        Boolean usable,
        Boolean listable,
        Boolean requiresReview,
        @JsonIgnore String raw) implements Entity {

    public AdminTag {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
