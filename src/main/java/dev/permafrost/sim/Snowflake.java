package dev.permafrost.sim;

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

}
