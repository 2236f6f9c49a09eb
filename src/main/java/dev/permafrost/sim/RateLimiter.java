package dev.permafrost.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mastodon's fixed-window rate limits: every API request spends its token's budget (or its
 * address's without a token); a request with a user token also spends its user's budget across
 * tokens; paging requests, media uploads and deletions also spend their family's budget. The X-RateLimit headers describe whichever budget is closest to running out.
 * Windows are aligned to multiples of their length since the epoch, like Rack::Attack's. Thread-safe.
 */
public final class RateLimiter {
    /** The families a request may spend besides the per-token budget. */
    enum Family { TOKEN, USER, PAGING, MEDIA, DELETIONS }

    /** The state of the budget a request spent that is closest to running out. */
    record Decision(boolean allowed, int limit, int remaining, long resetMillis) {
    }

    private static final class Counter {
        private long windowStart = -1;
        private int count;

        synchronized int hit(long now, long windowMillis) {
            long start = now - Math.floorMod(now, windowMillis);
            if (start != windowStart) {
                windowStart = start;
                count = 0;
            }
            count++;
            return count;
        }
    }

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final RateLimitConfig config;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public RateLimitConfig config() {
        return config;
    }

    /** Forgets every window: all budgets are full again. */
    public void reset() {
        counters.clear();
    }

    /**
     * Spends one request from the token budget and from each family budget; returns the decision
     * for the most limited budget, or empty when limits are off.
     */
    Optional<Decision> spend(String tokenKey, String userKey, List<Family> families) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        long now = clock.millis();
        Decision worst = spend(Family.TOKEN, config.perToken(), tokenKey, now);
        boolean allowed = worst.allowed();
        for (Family family : families) {
            RateLimitConfig.Limit limit = switch (family) {
                case USER -> config.perUser();
                case PAGING -> config.paging();
                case MEDIA -> config.media();
                case DELETIONS -> config.deletions();
                case TOKEN -> config.perToken();
            };
            Decision decision = spend(family, limit, userKey, now);
            allowed &= decision.allowed();
            if (decision.remaining() < worst.remaining()
                    || decision.remaining() == worst.remaining() && decision.resetMillis() > worst.resetMillis()) {
                worst = decision;
            }
        }
        return Optional.of(new Decision(allowed, worst.limit(), worst.remaining(), worst.resetMillis()));
    }

    private Decision spend(Family family, RateLimitConfig.Limit limit, String key, long now) {
        long window = limit.window().toMillis();
        int count = counters.computeIfAbsent(family + ":" + key, k -> new Counter()).hit(now, window);
        long reset = now - Math.floorMod(now, window) + window;
        return new Decision(count <= limit.requests(), limit.requests(), Math.max(0, limit.requests() - count), reset);
    }

    /** The X-RateLimit-Reset value in the configured format, shifted by a clock skew; empty when omitted. */
    Optional<String> formatReset(long resetMillis, Duration skew) {
        long shifted = resetMillis + skew.toMillis();
        return switch (config.resetFormat()) {
            case ISO_8601 -> Optional.of(ISO_MICROS.format(Instant.ofEpochMilli(shifted)));
            case EPOCH_SECONDS -> Optional.of(Long.toString(Math.floorDiv(shifted + 999, 1000)));
            case OMITTED -> Optional.empty();
        };
    }
}
