package dev.permafrost.client.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one {@link RateLimiter} per (instance, token), so every client, thread and route
 * using the same token shares one budget. Share one registry per process (a command, a Camel
 * context); clients derived with {@code newBuilder()} share their parent's. Thread-safe.
 */
public final class RateLimiters {
    private final Map<Key, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Ticker ticker;

    public RateLimiters() {
        this(Ticker.SYSTEM);
    }

    public RateLimiters(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /**
     * The limiter of a token on an instance.
     *
     * @param authority the instance's host and port
     * @param token the access token, or null for anonymous requests (limited per address)
     */
    public RateLimiter limiter(String authority, String token) {
        return limiters.computeIfAbsent(new Key(authority.toLowerCase(java.util.Locale.ROOT), fingerprint(token)),
                key -> new RateLimiter(ticker));
    }

    /** A token is never kept as a key: only a digest of it. */
    private static String fingerprint(String token) {
        if (token == null) {
            return "anonymous";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private record Key(String authority, String tokenDigest) {}
}
