package dev.permafrost.client.ratelimit;

/**
 * What is known of one rate-limit budget: its size, what remains, and when it refills, on the
 * monotonic clock. {@code assumed} marks Mastodon's default figures used for a server that sends
 * none.
 */
record Budget(long limit, long remaining, long resetNanos, boolean assumed) {

    Budget spend() {
        return new Budget(limit, remaining - 1, resetNanos, assumed);
    }

    boolean expired(long now) {
        return now >= resetNanos;
    }

    /** The even spacing that spends what remains by the reset. */
    double intervalNanos(long now) {
        return (double) Math.max(0, resetNanos - now) / Math.max(1, remaining);
    }
}
