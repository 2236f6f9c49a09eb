package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A report filed against an account, as its reporter sees it. */
public record Report(
        String id,
        boolean actionTaken,
        Instant actionTakenAt,
        String category,
        String comment,
        boolean forwarded,
        Instant createdAt,
        List<String> statusIds,
        List<String> ruleIds,
        Account targetAccount,
        List<String> collectionIds,
        @JsonIgnore String raw) implements Entity {

    public Report {
        statusIds = statusIds == null ? List.of() : List.copyOf(statusIds);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
        collectionIds = collectionIds == null ? List.of() : List.copyOf(collectionIds);
    }
}
