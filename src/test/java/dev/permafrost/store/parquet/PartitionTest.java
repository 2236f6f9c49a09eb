package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partition directories are built from server data: safe names that readers decode back. */
class PartitionTest {
    static final String[] HOSTILE = {"../../etc", "..", ".", "a/b\\c", "x\u0000y", "évil.example", "a b%2F",
            "instance=x/date=2020-01-01", "x".repeat(300)};

    @TempDir
    Path parent;

    @Test
    void anAuthorityWithAPortIsEncodedAsHiveDoesAndReadBackExactly() {
        assertThat(new Partition("localhost:3000", LocalDate.of(2026, 8, 1)).directory())
                .isEqualTo("instance=localhost%3A3000/date=2026-08-01");
        assertThat(Partition.encode("mastodon.social")).isEqualTo("mastodon.social");
        assertThat(Partition.encode("my_host-1.example")).isEqualTo("my_host-1.example");
    }

    @Test
    void hostileNamesBecomeOneHarmlessPathSegment() {
        for (String name : HOSTILE) {
            String encoded = Partition.encode(name);
            assertThat(encoded).as(name).matches("[A-Za-z0-9._%~-]+").hasSizeLessThanOrEqualTo(Partition.MAX_ENCODED);
            assertThat(Path.of("instance=" + encoded).getNameCount()).isEqualTo(1);
        }
    }

    @Test
    void distinctAuthoritiesGetDistinctDirectories() {
        assertThat(Stream.of("a:1", "a_1", "a%3A1", "A:1", "x".repeat(300), "x".repeat(301)).map(Partition::encode).distinct())
                .hasSize(6);
    }

    @Test
    void rowsOfHostileInstancesStayInsideTheArchiveAndKeepTheirInstance() throws IOException {
        Path root = parent.resolve("archive");
        Status status = Fixtures.one("status_poll.json", Status.class);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            for (String name : HOSTILE) {
                archive.write(new Batch(new CollectionKey(name, "1", "home"), List.of(status), Optional.empty(),
                        Optional.empty()));
            }
        }
        try (Stream<Path> files = Files.walk(parent)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(file -> assertThat(file).startsWith(root));
        }
        try (Stream<Path> instances = Files.list(root.resolve("statuses"))) {
            assertThat(instances.filter(Files::isDirectory)).hasSize(HOSTILE.length);
        }
        assertThat(Duck.query(root, "SELECT DISTINCT instance FROM read_parquet('" + Duck.glob(root, "statuses")
                + "', hive_partitioning = false)")).extracting(r -> r.get("instance")).containsExactlyInAnyOrder((Object[]) HOSTILE);
    }
}
