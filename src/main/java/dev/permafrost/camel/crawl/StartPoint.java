package dev.permafrost.camel.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a crawl without a checkpoint begins: the whole history ({@code beginning}), only what
 * comes from now on ({@code now}), everything newer than an ID, or everything since a date
 * ({@code 2026-11-01}, or an age such as {@code 7d}, {@code 12h}).
 */
public sealed interface StartPoint {

    /** The whole history the server serves. */
    record Beginning() implements StartPoint {}

    /** Nothing old: only items that arrive after the first poll. */
    record Now() implements StartPoint {}

    /** Items newer than this ID (an entity ID; for collections with internal cursors, a Link cursor). */
    record AfterId(String id) implements StartPoint {
        public AfterId {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Items created at or after this time. */
    record Since(Instant time) implements StartPoint {
        public Since {
            Objects.requireNonNull(time, "time");
        }
    }

    Pattern AGE = Pattern.compile("(\\d+)([dhm])");

    /**
     * Parses {@code beginning}, {@code now}, a date, an ISO instant, an age ({@code 7d}, {@code 12h},
     * {@code 30m}) or an ID.
     *
     * @param now the present, for ages
     */
    static StartPoint parse(String text, Instant now) {
        String value = Objects.requireNonNull(text, "text").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("start point is empty; expected beginning, now, a date, an age (7d) or an ID");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("beginning")) {
            return new Beginning();
        }
        if (lower.equals("now")) {
            return new Now();
        }
        Matcher age = AGE.matcher(lower);
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            Duration duration = switch (age.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
            return new Since(now.minus(duration));
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new Since(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not a valid date", e);
            }
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return new Since(Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not a valid ISO 8601 instant", e);
            }
        }
        return new AfterId(value);
    }
}
