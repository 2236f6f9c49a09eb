package dev.permafrost.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Json;
import dev.permafrost.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parquet:DIR} opens the Parquet archive through the store interface. */
class ArchivesParquetTest {
    @TempDir
    Path directory;

    @Test
    void aParquetStoreUrlOpensAnArchiveThatKeepsBatchesAndCheckpoints() throws IOException {
        Status status;
        try (InputStream in = getClass().getResourceAsStream("/store/parquet/status_poll.json")) {
            status = Json.create().read(in.readAllBytes(), Status.class);
        }
        CollectionKey home = new CollectionKey("localhost:3000", "1", "home");
        Checkpoint checkpoint = new Checkpoint(home, status.id(), null, Instant.parse("2026-08-01T00:00:00Z"));
        try (Archive archive = Archives.open("parquet:" + directory)) {
            archive.write(new Batch(home, List.of(status), Optional.empty(), Optional.of(checkpoint)));
        }
        try (Archive archive = Archives.open("parquet:" + directory)) {
            assertThat(archive.checkpoint(home)).contains(checkpoint);
            assertThat(archive.counts()).contains(new TableCount("statuses", "localhost:3000", 1));
        }
        try (Stream<Path> files = Files.walk(directory.resolve("statuses"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".parquet"))).hasSize(1);
        }
    }
}
