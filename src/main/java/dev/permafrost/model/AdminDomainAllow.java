package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A domain allowed to federate when the server runs in limited-federation mode. */
public record AdminDomainAllow(String id, String domain, Instant createdAt, @JsonIgnore String raw) implements Entity {}
