package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A keyword filter of the deprecated v1 API: one phrase per filter. */
public record FilterV1(
        String id,
        String phrase,
        List<String> context,
        Instant expiresAt,
        boolean irreversible,
        boolean wholeWord,
        @JsonIgnore String raw) implements Entity {

    public FilterV1 {
        context = context == null ? List.of() : List.copyOf(context);
    }
}
