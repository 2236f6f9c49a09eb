package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A Keybase-style identity proof; the endpoint is deprecated and current servers answer an empty list. */
public record IdentityProof(
        String provider,
        String providerUsername,
        String profileUrl,
        String proofUrl,
        Instant updatedAt,
        @JsonIgnore String raw) implements Entity {}
