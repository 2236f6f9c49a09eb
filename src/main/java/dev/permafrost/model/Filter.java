package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A v2 filter: keywords and statuses hidden or warned about in the given contexts. */
public record Filter(
        String id,
        String title,
        List<String> context,
        Instant expiresAt,
        String filterAction,
        List<Keyword> keywords,
        List<FilteredStatus> statuses,
        @JsonIgnore String raw) implements Entity {

    public Filter {
        context = context == null ? List.of() : List.copyOf(context);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** A word or phrase a filter matches. */
    public record Keyword(String id, String keyword, boolean wholeWord) {}

    /** A single status a filter matches. */
    public record FilteredStatus(String id, String statusId) {}
}
