package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A publisher (link domain) of trending links, and whether its links may trend. */
public record AdminTrendsPublisher(
        String id,
        String domain,
        Boolean trendable,
        Instant reviewedAt,
        Instant requestedReviewAt,
        Boolean requiresReview,
        @JsonIgnore String raw) implements Entity {}
