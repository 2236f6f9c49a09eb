package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** A hashtag featured on a profile; the API sends {@code statuses_count} as a string. */
public record FeaturedTag(
        String id,
        String name,
        String url,
        long statusesCount,
        LocalDate lastStatusAt,
        @JsonIgnore String raw) implements Entity {}
