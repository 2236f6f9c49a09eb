package dev.permafrost.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * Rate limits the sim enforces, with Mastodon's defaults: 300 requests per 5 minutes per token (or
 * per address without one), 1,500 per 5 minutes per user across its tokens, 300 paging requests
 * per 15 minutes per user, 30 media uploads and 30 deletions per 30 minutes. Immutable; derive variants with the {@code with...} methods.
 *
 * @param enabled     false turns every limit and the {@code X-RateLimit-*} headers off
 * @param perToken    every API request spends this budget
 * @param perUser     every API request with a user token also spends its user's budget
 * @param paging      requests carrying {@code max_id}, {@code since_id}, {@code min_id} or {@code page}
 * @param media       media uploads
 * @param deletions   status deletions and unreblogs
 * @param resetFormat how {@code X-RateLimit-Reset} is written
 */
public record RateLimitConfig(boolean enabled, Limit perToken, Limit perUser, Limit paging, Limit media, Limit deletions,
                              ResetFormat resetFormat) {

    /** A fixed-window limit: {@code requests} per {@code window}. */
    public record Limit(int requests, Duration window) {
        public Limit {
            if (requests < 1) {
                throw new IllegalArgumentException("requests < 1: " + requests);
            }
            Objects.requireNonNull(window, "window");
            if (window.toMillis() < 1) {
                throw new IllegalArgumentException("window < 1 ms: " + window);
            }
        }
    }

    /** How the reset time is written: Mastodon's ISO 8601 with six fractional digits, epoch seconds, or not at all. */
    public enum ResetFormat { ISO_8601, EPOCH_SECONDS, OMITTED }

    public RateLimitConfig {
        Objects.requireNonNull(perToken, "perToken");
        Objects.requireNonNull(perUser, "perUser");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(deletions, "deletions");
        Objects.requireNonNull(resetFormat, "resetFormat");
    }

    /** Mastodon's limits. */
    public static RateLimitConfig mastodon() {
        return new RateLimitConfig(true,
                new Limit(300, Duration.ofMinutes(5)),
                new Limit(1500, Duration.ofMinutes(5)),
                new Limit(300, Duration.ofMinutes(15)),
                new Limit(30, Duration.ofMinutes(30)),
                new Limit(30, Duration.ofMinutes(30)),
                ResetFormat.ISO_8601);
    }

    /** No limits and no rate-limit headers (benchmarks). */
    public static RateLimitConfig unlimited() {
        return new RateLimitConfig(false, mastodon().perToken, mastodon().perUser, mastodon().paging, mastodon().media,
                mastodon().deletions, ResetFormat.ISO_8601);
    }

    public RateLimitConfig withPerToken(int requests, Duration window) {
        return new RateLimitConfig(enabled, new Limit(requests, window), perUser, paging, media, deletions, resetFormat);
    }

    public RateLimitConfig withPerUser(int requests, Duration window) {
        return new RateLimitConfig(enabled, perToken, new Limit(requests, window), paging, media, deletions, resetFormat);
    }

    public RateLimitConfig withPaging(int requests, Duration window) {
        return new RateLimitConfig(enabled, perToken, perUser, new Limit(requests, window), media, deletions, resetFormat);
    }

    public RateLimitConfig withMedia(int requests, Duration window) {
        return new RateLimitConfig(enabled, perToken, perUser, paging, new Limit(requests, window), deletions, resetFormat);
    }

    public RateLimitConfig withDeletions(int requests, Duration window) {
        return new RateLimitConfig(enabled, perToken, perUser, paging, media, new Limit(requests, window), resetFormat);
    }

    public RateLimitConfig withResetFormat(ResetFormat format) {
        return new RateLimitConfig(enabled, perToken, perUser, paging, media, deletions, format);
    }
}
