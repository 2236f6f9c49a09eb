package dev.permafrost.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.permafrost.client.RateLimitMode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private FakeTicker ticker;
    private RateLimiter limiter;

    @BeforeEach
    void setUp() {
        ticker = new FakeTicker();
        limiter = new RateLimiter(ticker);
    }

    private static RateLimitReading reading(long limit, long remaining, Duration untilReset) {
        return new RateLimitReading(OptionalLong.of(limit), OptionalLong.of(remaining), Optional.of(untilReset), null);
    }

    @Test
    void paceSpreadsTheRemainingBudgetEvenlyUpToTheReset() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(100, 100, Duration.ofSeconds(100)));

        for (int i = 0; i < 10; i++) {
            limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 1.0);
        }

        // The first request goes at once; each next one waits about (reset - now) / remaining.
        assertThat(ticker.secondsSlept()).isCloseTo(9.0, within(0.5));
    }

    @Test
    void aHigherPaceFactorSpendsTheBudgetFaster() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(100, 100, Duration.ofSeconds(100)));

        for (int i = 0; i < 10; i++) {
            limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 2.0);
        }

        assertThat(ticker.secondsSlept()).isCloseTo(4.5, within(0.3));
    }

    @Test
    void paceNeverSpendsTheLastRequestBeforeTheReset() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(50, 50, Duration.ofSeconds(50)));

        for (int i = 0; i < 50; i++) {
            limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 1.1);
        }

        assertThat(limiter.snapshot(RequestFamily.OTHER).remaining()).isZero();
        assertThat(ticker.secondsSlept()).isLessThan(50.0).isGreaterThan(30.0);
    }

    @Test
    void waitSendsAtFullSpeedWhileBudgetRemainsThenWaitsForTheReset() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(300, 3, Duration.ofSeconds(40)));

        for (int i = 0; i < 3; i++) {
            limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        }
        assertThat(ticker.secondsSlept()).isZero();

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        assertThat(ticker.secondsSlept()).isCloseTo(40.0, within(0.1));
    }

    @Test
    void throwNeverWaits() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(300, 0, Duration.ofSeconds(40)));

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.THROW, 1.1);

        assertThat(ticker.secondsSlept()).isZero();
    }

    @Test
    void everyRequestOfAnyFamilyLowersTheTokensEstimate() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(300, 2, Duration.ofSeconds(60)));

        limiter.acquire(RequestFamily.PAGING, RateLimitMode.WAIT, 1.1);
        limiter.acquire(RequestFamily.MEDIA_UPLOAD, RateLimitMode.WAIT, 1.1);
        assertThat(ticker.secondsSlept()).isZero();

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        assertThat(ticker.secondsSlept()).isCloseTo(60.0, within(0.1));
    }

    @Test
    void aRequestIsPacedByTheTightestBudgetItSpends() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(300, 300, Duration.ofSeconds(300)));
        limiter.update(RequestFamily.PAGING, reading(30, 10, Duration.ofSeconds(100)));

        limiter.acquire(RequestFamily.PAGING, RateLimitMode.PACE, 1.0);
        limiter.acquire(RequestFamily.PAGING, RateLimitMode.PACE, 1.0);

        // paging: 100 s for 10 requests -> 10 s apart, though the token's budget would allow 1 s
        assertThat(ticker.secondsSlept()).isCloseTo(10.0, within(0.5));
    }

    @Test
    void aBudgetRefillsAfterItsReset() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(300, 0, Duration.ofSeconds(10)));
        ticker.advanceSeconds(11);

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);

        assertThat(ticker.secondsSlept()).isZero();
    }

    @Test
    void aServerThatSendsNoHeadersIsPacedByMastodonsDefaultFigures() throws Exception {
        limiter.update(RequestFamily.OTHER, new RateLimitReading(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), null));

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 1.0);
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 1.0);

        // 300 requests per 5 minutes: one a second
        assertThat(ticker.secondsSlept()).isCloseTo(1.0, within(0.05));
    }

    @Test
    void after429TheBudgetIsSpentUntilTheReset() throws Exception {
        limiter.exhausted(RequestFamily.OTHER, reading(300, 0, Duration.ofSeconds(25)), Duration.ofSeconds(60));

        limiter.acquire(RequestFamily.OTHER, RateLimitMode.PACE, 1.1);

        assertThat(ticker.secondsSlept()).isCloseTo(25.0, within(0.1));
    }

    @Test
    void anAnswerFromTheSameWindowNeverRaisesTheEstimateAboveWhatWasSpent() throws Exception {
        limiter.update(RequestFamily.OTHER, reading(10, 3, Duration.ofSeconds(30)));
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        // an answer to an earlier request arrives late, still saying 3 remain
        limiter.update(RequestFamily.OTHER, reading(10, 3, Duration.ofSeconds(30)));

        assertThat(limiter.snapshot(RequestFamily.OTHER).remaining()).isEqualTo(1);
    }

    @Test
    void withoutFiguresFromTheServerWaitNeverHoldsARequest() throws Exception {
        limiter.update(RequestFamily.OTHER, new RateLimitReading(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), null));

        for (int i = 0; i < 400; i++) {
            limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
            limiter.completed();
        }

        assertThat(ticker.secondsSlept()).isZero();
    }

    @Test
    void aNewWindowsFigureIsLoweredByTheRequestsStillInFlight() throws Exception {
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);
        limiter.acquire(RequestFamily.OTHER, RateLimitMode.WAIT, 1.1);

        // the first answer says 5 remain; the two other requests are still on their way
        limiter.update(RequestFamily.OTHER, reading(10, 5, Duration.ofSeconds(30)));
        limiter.completed();

        assertThat(limiter.snapshot(RequestFamily.OTHER).remaining()).isEqualTo(3);
    }
}
