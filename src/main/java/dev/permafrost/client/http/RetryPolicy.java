package dev.permafrost.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How transient failures are retried: at most {@code maxAttempts} sends in all, waiting
 * {@code baseDelay * 2^(attempt-1)} with jitter (between half and all of it), capped at
 * {@code maxDelay}. The default makes 5 attempts starting at 500 ms.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("negative retry delay");
        }
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed sends. */
    public Duration delayAfter(int attempt) {
        long base = baseDelay.toNanos();
        long exponential = base << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxDelay.toNanos());
        if (capped <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(capped / 2, capped + 1));
    }
}
