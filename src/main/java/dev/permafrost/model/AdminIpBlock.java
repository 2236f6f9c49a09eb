package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** An IP range limited at sign-up or blocked ({@code severity}: sign_up_requires_approval, sign_up_block, no_access). */
public record AdminIpBlock(
        String id,
        String ip,
        String severity,
        String comment,
        Instant createdAt,
        Instant expiresAt,
        @JsonIgnore String raw) implements Entity {}
