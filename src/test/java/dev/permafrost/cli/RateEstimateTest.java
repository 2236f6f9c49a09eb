package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.ratelimit.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateEstimateTest {
    private static final Duration PER_REQUEST = Duration.ofMillis(200);

    @Test
    void requestsWithinTheBudgetTakeTheirOwnTime() {
        RateLimiter.Snapshot budget = new RateLimiter.Snapshot(300, 120, Duration.ofMinutes(10));

        assertThat(RateEstimate.of(100, budget, PER_REQUEST)).contains(Duration.ofSeconds(20));
    }

    @Test
    void requestsBeyondTheBudgetWaitForTheResetsOfItsWindows() {
        RateLimiter.Snapshot budget = new RateLimiter.Snapshot(300, 100, Duration.ofMinutes(10));

        // 100 now, 300 after the reset in 10 minutes, 300 one window later, the last 50 in the window after that
        assertThat(RateEstimate.of(750, budget, PER_REQUEST))
                .contains(Duration.ofMinutes(10).plus(Duration.ofMinutes(30)).plus(PER_REQUEST.multipliedBy(50)));
    }

    @Test
    void anUnknownBudgetCountsOnlyTheRequests() {
        assertThat(RateEstimate.of(10, new RateLimiter.Snapshot(-1, -1, Duration.ZERO), PER_REQUEST))
                .contains(Duration.ofSeconds(2));
    }
}
