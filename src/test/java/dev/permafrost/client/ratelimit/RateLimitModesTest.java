package dev.permafrost.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.RateLimitException;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.sim.Fault;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three rate-limit modes against a server with small fixed windows. */
class RateLimitModesTest {

    private static SimServer sim(int requests, Duration window) {
        RateLimitConfig limits = RateLimitConfig.mastodon().withPerToken(requests, window).withPerUser(10_000, window)
                .withPaging(10_000, window);
        return SimServer.start(SimConfig.small().toBuilder().rateLimits(limits).build());
    }

    private static Mastodon client(SimServer sim, RateLimitMode mode, RateLimiters limiters) {
        return Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken())
                .rateLimitMode(mode).rateLimiters(limiters).build();
    }

    private static long tooManyRequests(SimServer sim) {
        return sim.requests().count(r -> r.status() == 429);
    }

    @Test
    void throwRaisesAtTheFirst429AndNamesTheReset() {
        try (SimServer sim = sim(3, Duration.ofSeconds(30))) {
            Mastodon mastodon = client(sim, RateLimitMode.THROW, new RateLimiters());
            for (int i = 0; i < 3; i++) {
                mastodon.accounts().verifyCredentials();
            }

            assertThatThrownBy(() -> mastodon.accounts().verifyCredentials())
                    .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.reset()).isPresent())
                    .hasMessageContaining("HTTP 429")
                    .hasMessageContaining("Rate limit reached until");
        }
    }

    @Test
    void waitRecoversFromA429ByWaitingForTheReset() {
        try (SimServer sim = sim(100, Duration.ofSeconds(1))) {
            sim.faults().next(Fault.tooManyRequests(), 1, "/api/v1/accounts/verify_credentials");

            client(sim, RateLimitMode.WAIT, new RateLimiters()).accounts().verifyCredentials();

            assertThat(sim.requests().count(r -> r.path().endsWith("/verify_credentials"))).isEqualTo(2);
        }
    }

    @Test
    void waitSpendsTheBudgetAndWaitsForTheResetInsteadOfHittingA429() {
        try (SimServer sim = sim(5, Duration.ofSeconds(1))) {
            Mastodon mastodon = client(sim, RateLimitMode.WAIT, new RateLimiters());

            for (int i = 0; i < 12; i++) {
                mastodon.accounts().verifyCredentials();
            }

            assertThat(tooManyRequests(sim)).isZero();
        }
    }

    @Test
    void paceFinishesALongCrawlWithoutA429WhileUsingMostOfTheBudget() {
        int limit = 20;
        Duration window = Duration.ofSeconds(2);
        try (SimServer sim = sim(limit, window)) {
            Mastodon mastodon = client(sim, RateLimitMode.PACE, new RateLimiters());

            long pages = mastodon.timelines().home(PageRequest.newest().limit(1)).walk(Direction.OLDER).limit(50).count();

            assertThat(pages).isEqualTo(50);
            assertThat(tooManyRequests(sim)).isZero();
            Map<Long, Long> perWindow = perWindow(sim.requests().all(), window);
            List<Long> full = perWindow.values().stream().skip(1).limit(Math.max(0, perWindow.size() - 2)).toList();
            assertThat(full).as("requests in each window between the first and the last").isNotEmpty()
                    .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(limit * 6L / 10).isLessThanOrEqualTo(limit));
        }
    }

    @Test
    void twoThreadsSharingOneTokenNeverExceedItsBudget() throws Exception {
        try (SimServer sim = sim(15, Duration.ofSeconds(1))) {
            RateLimiters shared = new RateLimiters();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = List.of(
                        threads.submit(() -> readMany(client(sim, RateLimitMode.WAIT, shared), 20)),
                        threads.submit(() -> readMany(client(sim, RateLimitMode.WAIT, shared), 20)));
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(sim.requests().count()).isEqualTo(40);
            assertThat(tooManyRequests(sim)).isZero();
        }
    }

    @Test
    void clientsOfOneTokenShareOneLimiterAndOtherTokensHaveTheirOwn() {
        RateLimiters limiters = new RateLimiters();

        assertThat(limiters.limiter("a.example", "t1")).isSameAs(limiters.limiter("A.example", "t1"));
        assertThat(limiters.limiter("a.example", "t1")).isNotSameAs(limiters.limiter("a.example", "t2"));
        assertThat(limiters.limiter("a.example", "t1")).isNotSameAs(limiters.limiter("b.example", "t1"));
    }

    private static void readMany(Mastodon mastodon, int times) {
        for (int i = 0; i < times; i++) {
            mastodon.accounts().verifyCredentials();
        }
    }

    /** Requests per fixed window (windows are aligned to multiples of their length, as on Mastodon). */
    private static Map<Long, Long> perWindow(List<RecordedRequest> requests, Duration window) {
        return requests.stream().collect(Collectors.groupingBy(r -> r.at().toEpochMilli() / window.toMillis(),
                TreeMap::new, Collectors.counting()));
    }
}
