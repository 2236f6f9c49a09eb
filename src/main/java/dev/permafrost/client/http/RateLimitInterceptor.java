package dev.permafrost.client.http;

import dev.permafrost.client.CancelledException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.client.ratelimit.RateLimitReading;
import dev.permafrost.client.ratelimit.RateLimiter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spends the token's shared budget before each send and learns the figures of each answer.
 * A 429 raises at once in {@code throw} mode; in {@code wait} and {@code pace} it waits for the
 * reset (or {@code Retry-After}) and sends again, at most {@code maxRateLimitWaits} times.
 */
public final class RateLimitInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitInterceptor.class);
    /** How long to wait after a 429 that names no reset. */
    private static final Duration UNKNOWN_RESET_WAIT = Duration.ofSeconds(60);

    private final RateLimiter limiter;
    private final RateLimitMode mode;
    private final double paceFactor;
    private final int maxRateLimitWaits;

    public RateLimitInterceptor(RateLimiter limiter, RateLimitMode mode, double paceFactor, int maxRateLimitWaits) {
        this.limiter = limiter;
        this.mode = mode;
        this.paceFactor = paceFactor;
        this.maxRateLimitWaits = maxRateLimitWaits;
    }

    @Override
    public ApiResponse intercept(Chain chain) {
        ApiRequest request = chain.request();
        for (int waits = 0; ; waits++) {
            acquire(request);
            ApiResponse response;
            RateLimitReading reading;
            try {
                response = chain.proceed(request);
                reading = RateLimitReading.of(response::header);
                if (response.status() != 429) {
                    limiter.update(request.family(), reading);
                    return response;
                }
            } finally {
                limiter.completed();
            }
            if (mode == RateLimitMode.THROW || waits >= maxRateLimitWaits) {
                return response;
            }
            limiter.exhausted(request.family(), reading, UNKNOWN_RESET_WAIT);
            LOG.warn("Rate limit reached on {} {}; waiting {} s for the reset (wait {} of {})", request.method(),
                    Redactor.url(request.uri()), reading.untilReset().orElse(UNKNOWN_RESET_WAIT).toSeconds(),
                    waits + 1, maxRateLimitWaits);
        }
    }

    private void acquire(ApiRequest request) {
        try {
            limiter.acquire(request.family(), mode, paceFactor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Interrupted while waiting for the rate limit.",
                    ErrorContext.request(request.method(), Redactor.url(request.uri())), e);
        }
    }
}
