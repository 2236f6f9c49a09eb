package dev.permafrost.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an archive table as read back for export: column name to value, in table order.
 * Values are {@code String}, {@code Long}, {@code Boolean}, {@code Instant}, {@code LocalDate}
 * or {@code null}.
 */
public record Row(String table, Map<String, Object> columns) {
    public Row {
        Objects.requireNonNull(table, "table");
        // LinkedHashMap: keeps the column order and allows nulls (Map.copyOf does neither).
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The value of a column, possibly null. */
    public Object get(String column) {
        if (!columns.containsKey(column)) {
            throw new IllegalArgumentException("table " + table + " has no column '" + column + "'; it has " + columns.keySet());
        }
        return columns.get(column);
    }

    /** The value of a text column, possibly null. */
    public String string(String column) {
        return (String) get(column);
    }

    /** The value of a time column, possibly null. */
    public Instant instant(String column) {
        return (Instant) get(column);
    }
}
