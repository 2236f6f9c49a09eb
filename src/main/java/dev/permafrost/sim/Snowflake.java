package dev.permafrost.sim;

import java.time.Instant;

/** Mastodon-style snowflake IDs: a 48-bit millisecond timestamp shifted left 16 bits plus a sequence. */
final class Snowflake {
    private Snowflake() {
    }

    static long of(long epochMillis, int sequence) {
        return (epochMillis << 16) | (sequence & 0xFFFF);
    }

    static long millis(long id) {
        return id >>> 16;
    }

    static Instant instant(long id) {
        return Instant.ofEpochMilli(millis(id));
    }
}
