package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A domain a server publicly says it limits or suspends (the DomainBlock entity); an obfuscated
 * domain has some letters starred, and {@code digest} is the SHA-256 of the real one.
 */
public record InstanceDomainBlock(
        String domain,
        String digest,
        String severity,
        String comment,
        @JsonIgnore String raw) implements Entity {}
