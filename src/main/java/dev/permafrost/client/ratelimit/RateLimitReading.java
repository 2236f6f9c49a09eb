package dev.permafrost.client.ratelimit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The rate-limit figures of one answer: {@code X-RateLimit-Limit}, {@code -Remaining} and
 * {@code -Reset}, with the reset turned into a duration from the moment of the answer using the
 * server's own {@code Date} header, so a skewed clock on either side does not matter.
 *
 * @param limit the size of the budget, if sent
 * @param remaining what is left of it, if sent
 * @param untilReset how long until the budget refills, if known
 * @param reset the reset on this machine's clock (now + untilReset), if known
 */
public record RateLimitReading(OptionalLong limit, OptionalLong remaining, Optional<Duration> untilReset, Instant reset) {

    /** Reset values below this many seconds are durations, above it epoch seconds. */
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    /** Whether the answer carried any rate-limit figure. */
    public boolean isPresent() {
        return limit.isPresent() || remaining.isPresent();
    }

    /** Reads the figures of an answer; missing or unreadable headers give empty fields, never an error. */
    public static RateLimitReading of(Function<String, Optional<String>> header) {
        Instant now = Instant.now();
        OptionalLong limit = number(header.apply("X-RateLimit-Limit"));
        OptionalLong remaining = number(header.apply("X-RateLimit-Remaining"));
        Optional<Instant> serverNow = header.apply("Date").flatMap(RateLimitReading::httpDate)
                .map(date -> sameSecond(date, now) ? now : date);
        Optional<Duration> untilReset = header.apply("X-RateLimit-Reset")
                .flatMap(value -> untilReset(value, serverNow.orElse(now)));
        Optional<Duration> retryAfter = header.apply("Retry-After")
                .flatMap(value -> retryAfter(value, serverNow.orElse(now)));
        if (untilReset.isEmpty() || (retryAfter.isPresent() && retryAfter.get().compareTo(untilReset.get()) > 0)) {
            untilReset = retryAfter.isPresent() ? retryAfter : untilReset;
        }
        return new RateLimitReading(limit, remaining, untilReset, untilReset.map(now::plus).orElse(null));
    }

    /**
     * {@code Date} has whole seconds: when this machine's clock falls within that second, the
     * clocks agree and ours is the more precise one; otherwise the server's corrects the skew.
     */
    private static boolean sameSecond(Instant date, Instant now) {
        return !now.isBefore(date) && now.isBefore(date.plusSeconds(1));
    }

    static Optional<Duration> untilReset(String value, Instant serverNow) {
        String text = value.trim();
        Optional<Instant> when = timestamp(text);
        if (when.isPresent()) {
            return Optional.of(positive(Duration.between(serverNow, when.get())));
        }
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.compareTo(BigDecimal.valueOf(EPOCH_THRESHOLD)) >= 0) {
                Instant epoch = Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
                return Optional.of(positive(Duration.between(serverNow, epoch)));
            }
            return Optional.of(positive(Duration.ofMillis(seconds.movePointRight(3).longValue())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> retryAfter(String value, Instant serverNow) {
        String text = value.trim();
        try {
            return Optional.of(positive(Duration.ofSeconds(Long.parseLong(text))));
        } catch (NumberFormatException e) {
            return httpDate(text).map(when -> positive(Duration.between(serverNow, when)));
        }
    }

    /** ISO 8601 with any number of fractional digits, {@code Z} or an offset. */
    static Optional<Instant> timestamp(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.indexOf('-') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong number(Optional<String> header) {
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(new BigDecimal(header.get().trim()).longValue());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
