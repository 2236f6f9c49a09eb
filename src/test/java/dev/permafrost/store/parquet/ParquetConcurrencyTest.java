package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several routes share one archive. */
class ParquetConcurrencyTest {
    @TempDir
    Path root;

    @Test
    void routesWritingAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        String template = Fixtures.text("status_poll.json");
        Status sample = Fixtures.parse(template, Status.class);
        int routes = 4;
        int batches = 25;
        ExecutorService pool = Executors.newFixedThreadPool(routes);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            List<Future<?>> done = new ArrayList<>();
            for (int route = 0; route < routes; route++) {
                CollectionKey key = new CollectionKey("localhost:3000", "1", "tag:t" + route);
                done.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        List<Status> page = new ArrayList<>();
                        for (int i = 0; i < 10; i++) { // every route sees the same 250 statuses
                            page.add(Fixtures.parse(template.replace(sample.id(), "9" + (b * 10 + i)), Status.class));
                        }
                        archive.write(new Batch(key, page, Optional.empty(),
                                Optional.of(new Checkpoint(key, "b" + b, null, Instant.EPOCH))));
                        if (b % 10 == 0) {
                            archive.flush();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> route : done) {
                route.get();
            }
            assertThat(archive.checkpoints()).hasSize(routes)
                    .allSatisfy(c -> assertThat(c.cursor()).isEqualTo("b" + (batches - 1)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Duck.count(root, "statuses")).isEqualTo(batches * 10L);
        assertThat(Duck.count(root, "timeline_entries")).isEqualTo(routes * batches * 10L);
        assertThat(Duck.query(root, "SELECT count(DISTINCT id) AS n FROM {polls}").get(0).get("n")).isEqualTo(1L);
    }
}
