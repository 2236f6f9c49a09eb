package dev.permafrost.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitReadingTest {

    private static RateLimitReading read(Map<String, String> headers) {
        return RateLimitReading.of(name -> headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst());
    }

    @Test
    void measuresTheResetFromTheServersOwnClock() {
        RateLimitReading reading = read(Map.of(
                "X-RateLimit-Limit", "300",
                "X-RateLimit-Remaining", "12",
                "X-RateLimit-Reset", "2026-08-20T12:35:00.000000Z",
                "Date", "Thu, 20 Aug 2026 12:34:00 GMT"));

        assertThat(reading.limit()).hasValue(300);
        assertThat(reading.remaining()).hasValue(12);
        assertThat(reading.untilReset()).contains(Duration.ofMinutes(1));
    }

    @Test
    void acceptsAnyNumberOfFractionalDigitsAndOffsets() {
        String date = "Thu, 20 Aug 2026 12:34:00 GMT";
        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "2026-08-20T12:34:30Z", "Date", date))
                .untilReset()).contains(Duration.ofSeconds(30));
        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "2026-08-20T12:34:30.5Z", "Date", date))
                .untilReset()).contains(Duration.ofMillis(30_500));
        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "2026-08-20T12:34:30.123456789Z", "Date", date))
                .untilReset()).contains(Duration.ofNanos(30_123_456_789L));
        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "2026-08-20T14:34:30+02:00", "Date", date))
                .untilReset()).contains(Duration.ofSeconds(30));
    }

    @Test
    void acceptsEpochSecondsAndDeltaSeconds() {
        String date = "Thu, 20 Aug 2026 12:34:00 GMT";
        long epoch = java.time.Instant.parse("2026-08-20T12:34:45Z").getEpochSecond();

        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", Long.toString(epoch), "Date", date))
                .untilReset()).contains(Duration.ofSeconds(45));
        assertThat(read(Map.of("X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "20", "Date", date))
                .untilReset()).contains(Duration.ofSeconds(20));
    }

    @Test
    void toleratesMissingAndUnreadableHeaders() {
        RateLimitReading none = read(Map.of());
        RateLimitReading garbage = read(Map.of("X-RateLimit-Limit", "lots", "X-RateLimit-Reset", "soon"));

        assertThat(none.isPresent()).isFalse();
        assertThat(none.untilReset()).isEmpty();
        assertThat(garbage.limit()).isEmpty();
        assertThat(garbage.untilReset()).isEmpty();
    }

    @Test
    void usesRetryAfterWhenItIsLaterThanTheReset() {
        RateLimitReading reading = read(Map.of("X-RateLimit-Remaining", "0", "Retry-After", "90"));

        assertThat(reading.untilReset()).contains(Duration.ofSeconds(90));
    }

    @Test
    void withoutADateHeaderTheResetIsMeasuredFromThisMachinesClock() {
        String inAMinute = java.time.Instant.now().plusSeconds(60).toString();

        Optional<Duration> untilReset = read(Map.of("X-RateLimit-Remaining", "5", "X-RateLimit-Reset", inAMinute)).untilReset();

        assertThat(untilReset).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60)));
    }
}
