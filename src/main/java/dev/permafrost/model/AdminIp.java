package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** An IP address a user signed in from, and when it was last used. */
public record AdminIp(String ip, Instant usedAt, @JsonIgnore String raw) implements Entity {}
