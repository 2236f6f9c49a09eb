package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** One week of server activity; the API sends every field as a string, the week as Unix seconds. */
public record InstanceActivity(
        Instant week,
        long statuses,
        long logins,
        long registrations,
        @JsonIgnore String raw) implements Entity {}
