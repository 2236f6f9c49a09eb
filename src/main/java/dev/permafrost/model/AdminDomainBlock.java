package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A federation limit on a domain ({@code severity}: silence, suspend or noop), as admins manage it. */
public record AdminDomainBlock(
        String id,
        String domain,
        String digest,
        Instant createdAt,
        String severity,
        boolean rejectMedia,
        boolean rejectReports,
        String privateComment,
        String publicComment,
        boolean obfuscate,
        @JsonIgnore String raw) implements Entity {}
