package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A quantity tracked over time ({@code POST /api/v1/admin/measures}): total, previous period and
 * daily values. Numbers come as strings and stay so (some are byte sizes); {@code humanValue} is
 * formatted for display. Days may be dates or date-times, both read as midnight UTC.
 */
public record AdminMeasure(
        String key,
        String unit,
        String total,
        String humanValue,
        String previousTotal,
        List<Data> data,
        @JsonIgnore String raw) implements Entity {

    public AdminMeasure {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The value on one day. */
    public record Data(Instant date, String value) {}
}
