package dev.permafrost.client.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for the server to process an uploaded file, and how often to ask: the first
 * poll after {@code firstInterval}, each next one after twice the previous interval up to
 * {@code maxInterval}, and no poll past {@code timeout}.
 */
public record ProcessingWait(Duration timeout, Duration firstInterval, Duration maxInterval) {
    /** Up to 60 s, polling after 0.5 s, 1 s, 2 s, then every 4 s. */
    public static final ProcessingWait DEFAULT = new ProcessingWait(Duration.ofSeconds(60), Duration.ofMillis(500),
            Duration.ofSeconds(4));

    /** Does not poll: the upload answers the attachment as the server first sent it ({@code url} null while processing). */
    public static final ProcessingWait NONE = new ProcessingWait(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public ProcessingWait {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(firstInterval, "firstInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        if (timeout.isNegative() || firstInterval.isNegative() || maxInterval.isNegative()) {
            throw new IllegalArgumentException("negative processing wait");
        }
        if (maxInterval.compareTo(firstInterval) < 0) {
            throw new IllegalArgumentException("maxInterval < firstInterval: " + maxInterval + " < " + firstInterval);
        }
    }

    /** Waits up to {@code timeout}, polling as the default does. */
    public static ProcessingWait upTo(Duration timeout) {
        return new ProcessingWait(timeout, DEFAULT.firstInterval, DEFAULT.maxInterval);
    }

    public boolean polls() {
        return timeout.compareTo(Duration.ZERO) > 0;
    }

    /** The interval after {@code interval}. */
    Duration after(Duration interval) {
        Duration doubled = interval.isZero() ? Duration.ofMillis(1) : interval.multipliedBy(2);
        return doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    }
}
