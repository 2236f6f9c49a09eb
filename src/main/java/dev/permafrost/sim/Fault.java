package dev.permafrost.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the sim injects instead of (or into) a normal answer, scheduled with {@link Faults}.
 *
 * @param kind     what goes wrong
 * @param status   the HTTP status for the kinds that answer one (0 otherwise)
 * @param duration the delay of {@link Kind#SLOW} or the shift of {@link Kind#CLOCK_SKEW} (zero otherwise)
 */
public record Fault(Kind kind, int status, Duration duration) {
    /** The kinds of fault. */
    public enum Kind {
        /** 500/502/503/504 with Mastodon's JSON error body. */
        SERVER_ERROR,
        /** 502/503/504 with a reverse proxy's HTML page. */
        PROXY_ERROR,
        /** An HTML page (a maintenance or captive-portal page) with status 200 or 502. */
        HTML_PAGE,
        /** The connection is closed without any answer. */
        CONNECTION_RESET,
        /** The normal answer after a delay. */
        SLOW,
        /** The normal status and Content-Length, half the body, then the connection closes. */
        TRUNCATED_BODY,
        /** The normal answer without X-RateLimit-* headers. */
        NO_RATE_LIMIT_HEADERS,
        /** The normal answer with the rate-limit reset shifted, as from a server whose clock is off. */
        CLOCK_SKEW,
        /** 429 Too Many Requests with Remaining 0, whatever the budget. */
        TOO_MANY_REQUESTS
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
    }

    /** Mastodon's own 5xx: JSON {@code {"error": ...}}. */
    public static Fault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("not a 5xx status: " + status);
        }
        return new Fault(Kind.SERVER_ERROR, status, Duration.ZERO);
    }

    /** A reverse proxy's HTML error page (nginx), e.g. 502 while Mastodon restarts. */
    public static Fault proxyError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("not a 5xx status: " + status);
        }
        return new Fault(Kind.PROXY_ERROR, status, Duration.ZERO);
    }

    /** An HTML page instead of JSON, with status 200 or 502. */
    public static Fault htmlPage(int status) {
        if (status != 200 && status != 502) {
            throw new IllegalArgumentException("htmlPage status must be 200 or 502: " + status);
        }
        return new Fault(Kind.HTML_PAGE, status, Duration.ZERO);
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
    }

    /** Answers normally after the delay (to test client timeouts). */
    public static Fault slow(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay < 0: " + delay);
        }
        return new Fault(Kind.SLOW, 0, delay);
    }

    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 0, Duration.ZERO);
    }

    public static Fault missingRateLimitHeaders() {
        return new Fault(Kind.NO_RATE_LIMIT_HEADERS, 0, Duration.ZERO);
    }

    /**
     * Shifts the X-RateLimit-Reset timestamps by the skew. The JDK's HttpServer always writes its
     * own Date header from the machine clock, so Date itself cannot be shifted.
     */
    public static Fault clockSkew(Duration skew) {
        return new Fault(Kind.CLOCK_SKEW, 0, skew);
    }

    public static Fault tooManyRequests() {
        return new Fault(Kind.TOO_MANY_REQUESTS, 429, Duration.ZERO);
    }
}
