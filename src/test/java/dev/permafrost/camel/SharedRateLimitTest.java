package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes of one account share its rate-limit budget. */
class SharedRateLimitTest {
    private static final int LIMIT = 20;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    @Test
    void threeRoutesPacedOnOneTokenFinishWithoutA429AndUseMostOfTheBudget() throws Exception {
        RateLimitConfig limits = RateLimitConfig.mastodon().withPerToken(LIMIT, WINDOW).withPerUser(10_000, WINDOW)
                .withPaging(10_000, WINDOW);
        try (CamelSim camel = new CamelSim(folder, "h2", SimConfig.small().toBuilder().rateLimits(limits).build(), true)) {
            camel.component.setRateLimitMode("pace");
            String store = camel.store("a");
            List<String> collections = List.of("timeline/home", "notifications", "favourites");
            camel.start(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String collection : collections) {
                        from("mastodon:" + collection + "?pageSize=5&archive=" + store)
                                .routeId(collection).to("archive:" + store);
                    }
                }
            });

            // The archive is open and migrated once the routes started: the polls measure crawling alone.
            ExecutorService threads = Executors.newFixedThreadPool(collections.size());
            try {
                List<Future<PollReport>> polls = new ArrayList<>();
                for (String id : collections) {
                    polls.add(threads.submit(() -> camel.consumer(id).pollOnce()));
                }
                for (Future<PollReport> poll : polls) {
                    poll.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(collections).allSatisfy(id -> assertThat(camel.consumer(id).lastReport().orElseThrow())
                    .satisfies(report -> assertThat(report.succeeded()).as(report.describe()).isTrue())
                    .satisfies(report -> assertThat(report.upToDate()).isTrue()));
            assertThat(camel.sim.requests().count(r -> r.status() == 429)).isZero();
            Map<Long, Long> perWindow = perWindow(camel.sim.requests().all());
            List<Long> full = perWindow.values().stream().skip(1).limit(Math.max(0, perWindow.size() - 2)).toList();
            assertThat(full).as("requests in each window between the first and the last").isNotEmpty()
                    .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(LIMIT * 6L / 10).isLessThanOrEqualTo(LIMIT));
            assertThat(Stream.of("/api/v1/timelines/home", "/api/v1/notifications", "/api/v1/favourites")
                    .map(camel::requests)).allSatisfy(requests -> assertThat(requests).isGreaterThanOrEqualTo(10));
        }
    }

    /** Requests per fixed window (windows are aligned to multiples of their length, as on Mastodon). */
    private static Map<Long, Long> perWindow(List<RecordedRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(r -> r.at().toEpochMilli() / WINDOW.toMillis(),
                TreeMap::new, Collectors.counting()));
    }
}
