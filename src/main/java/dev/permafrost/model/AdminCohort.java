package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** The retention of users who signed up in one period ({@code POST /api/v1/admin/retention}). */
public record AdminCohort(Instant period, String frequency, List<Data> data, @JsonIgnore String raw) implements Entity {

    public AdminCohort {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** How many of the cohort were still active at {@code date}, as a count and a rate (0 to 1). */
    public record Data(Instant date, double rate, long value) {}
}
