package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A domain block or account suspension that cut some of the user's follow relationships. */
public record RelationshipSeveranceEvent(
        String id,
        String type,
        boolean purged,
        String targetName,
        long followersCount,
        long followingCount,
        Instant createdAt,
        @JsonIgnore String raw) implements Entity {}
