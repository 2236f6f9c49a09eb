package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.Await;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes of one account share its rate-limit budget. */
class SharedRateLimitTest {
    private static final int LIMIT = 20;
    private static final Duration WINDOW = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    @Test
    void threeRoutesPacedOnOneTokenFinishWithoutA429AndUseMostOfTheBudget() throws Exception {
        RateLimitConfig limits = RateLimitConfig.mastodon().withPerToken(LIMIT, WINDOW).withPerUser(10_000, WINDOW)
                .withPaging(10_000, WINDOW);
        try (CamelSim camel = new CamelSim(folder, "h2", SimConfig.small().toBuilder().rateLimits(limits).build(), false)) {
            camel.component.setRateLimitMode("pace");
            String store = camel.store("a");
            List<String> collections = List.of("timeline/home", "notifications", "favourites");
            camel.start(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String collection : collections) {
                        from("mastodon:" + collection + "?pageSize=4&initialDelay=0&delay=600000&archive=" + store)
                                .routeId(collection).to("archive:" + store);
                    }
                }
            });

            Await.until("every route polled once", Duration.ofSeconds(60), () -> collections.stream()
                    .allMatch(id -> camel.consumer(id).lastReport().isPresent()));

            assertThat(collections).allSatisfy(id -> assertThat(camel.consumer(id).lastReport().orElseThrow())
                    .satisfies(report -> assertThat(report.succeeded()).as(report.describe()).isTrue())
                    .satisfies(report -> assertThat(report.upToDate()).isTrue()));
            assertThat(camel.sim.requests().count(r -> r.status() == 429)).isZero();
            Map<Long, Long> perWindow = perWindow(camel.sim.requests().all());
            List<Long> full = perWindow.values().stream().skip(1).limit(Math.max(0, perWindow.size() - 2)).toList();
            assertThat(full).as("requests in each window between the first and the last").isNotEmpty()
                    .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(LIMIT * 6L / 10).isLessThanOrEqualTo(LIMIT));
            assertThat(Stream.of("/api/v1/timelines/home", "/api/v1/notifications", "/api/v1/favourites")
                    .map(camel::requests)).allSatisfy(requests -> assertThat(requests).isGreaterThan(10));
        }
    }

    /** Requests per fixed window (windows are aligned to multiples of their length, as on Mastodon). */
    private static Map<Long, Long> perWindow(List<RecordedRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(r -> r.at().toEpochMilli() / WINDOW.toMillis(),
                TreeMap::new, Collectors.counting()));
    }
}
