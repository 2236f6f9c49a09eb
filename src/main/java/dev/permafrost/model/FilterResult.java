package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A filter that matched a status ({@link Status#filtered()}), and which keywords or status ids matched. */
public record FilterResult(
        Filter filter,
        List<String> keywordMatches,
        List<String> statusMatches,
        @JsonIgnore String raw) implements Entity {

    public FilterResult {
        keywordMatches = keywordMatches == null ? List.of() : List.copyOf(keywordMatches);
        statusMatches = statusMatches == null ? List.of() : List.copyOf(statusMatches);
    }
}
