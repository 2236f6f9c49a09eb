package dev.permafrost.client;

import java.util.Locale;

/** What the client does about rate limits; the same three modes as Mastodon.py. */
public enum RateLimitMode {
    /** Never wait: a 429 raises {@link RateLimitException} at once. */
    THROW,
    /** Send at full speed; when the budget is spent (or a 429 comes), wait for the reset and go on. */
    WAIT,
    /** Spread the remaining budget evenly up to the reset, scaled by the pace factor. */
    PACE;

    /** Parses {@code throw}, {@code wait} or {@code pace}, in any case. */
    public static RateLimitMode parse(String text) {
        for (RateLimitMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("rate-limit mode '" + text + "' is not one of throw, wait, pace");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
