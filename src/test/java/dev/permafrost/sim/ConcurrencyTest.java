package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void clientsPagingInParallelWhileTheWorldMutatesSeeConsistentPages() throws Exception {
        try (SimServer server = SimServer.start(SimConfig.small().toBuilder().publicTimeline(2_000)
                .rateLimits(RateLimitConfig.unlimited()).build())) {
            List<String> before = server.world().publicTimelineIds();
            ExecutorService pool = Executors.newFixedThreadPool(5);
            AtomicBoolean reading = new AtomicBoolean(true);
            Future<Integer> writer = pool.submit(() -> {
                int posts = 0;
                while (reading.get() && posts < 300) {
                    server.world().postStatuses(1, Where.publicTimeline());
                    posts++;
                }
                return posts;
            });
            List<Future<List<String>>> walks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                walks.add(pool.submit(() -> new Api(server).walk("/api/v1/timelines/public?limit=40&max_id=" + before.get(0), null)));
            }

            List<List<String>> results = new ArrayList<>();
            for (Future<List<String>> walk : walks) {
                results.add(walk.get(60, TimeUnit.SECONDS));
            }
            reading.set(false);
            int posted = writer.get(60, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(posted).isPositive();
            assertThat(results).allSatisfy(ids -> assertThat(ids).containsExactlyElementsOf(before.subList(1, before.size())));
        }
    }
}
