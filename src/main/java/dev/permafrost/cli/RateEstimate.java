package dev.permafrost.cli;

import dev.permafrost.client.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.Optional;

/**
 * How long the rest of a crawl will likely take: its remaining requests at the pace seen so far,
 * plus the waits the rate budget forces once it runs out. Mastodon gives paging requests 300 per
 * 15 minutes, which is what a long crawl runs into.
 */
final class RateEstimate {
    /** The window of Mastodon's paging budget. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    private RateEstimate() {}

    /**
     * @param requests requests still to make
     * @param budget what the limiter knows of the budget (limit -1 when the server sent nothing)
     * @param perRequest the time one request took so far
     */
    static Optional<Duration> of(long requests, RateLimiter.Snapshot budget, Duration perRequest) {
        if (requests <= 0) {
            return Optional.of(Duration.ZERO);
        }
        if (budget.limit() <= 0 || requests <= budget.remaining()) {
            return Optional.of(perRequest.multipliedBy(requests));
        }
        long beyond = requests - budget.remaining();
        long fullWindows = (beyond - 1) / budget.limit();
        long inLastWindow = beyond - fullWindows * budget.limit();
        return Optional.of(budget.untilReset().plus(WINDOW.multipliedBy(fullWindows))
                .plus(perRequest.multipliedBy(inLastWindow)));
    }
}
