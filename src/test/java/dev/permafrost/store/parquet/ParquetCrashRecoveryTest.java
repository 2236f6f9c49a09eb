package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A writer stopped at every point of a commit loses nothing and duplicates nothing once the
 * crawler reruns from the checkpoint it finds: the datasets end up exactly as after a clean run.
 */
class ParquetCrashRecoveryTest {
    static final CollectionKey HOME = new CollectionKey("localhost:3000", "117020565966271181", "home");
    static final Checkpoint AT_A = new Checkpoint(HOME, "A", null, Instant.parse("2026-08-01T12:00:00Z"));
    static final Checkpoint AT_B = new Checkpoint(HOME, "B", null, Instant.parse("2026-08-01T12:05:00Z"));

    @TempDir
    Path root;
    @TempDir
    Path clean;

    static Batch batchA() {
        return new Batch(HOME, List.of(Fixtures.one("status_full.json", Status.class)), Optional.empty(), Optional.of(AT_A));
    }

    static Batch batchB() {
        return new Batch(HOME, List.of(Fixtures.one("status_poll.json", Status.class),
                Fixtures.one("status_reblog.json", Status.class)), Optional.empty(), Optional.of(AT_B));
    }

    /** Thrown by the hook where the process "dies". */
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static Stream<Arguments> crashPoints() {
        return Stream.of(
                Arguments.of(CommitStage.FILES_WRITTEN, 1),
                Arguments.of(CommitStage.LOGGED, 1),
                Arguments.of(CommitStage.LOGGED, 2),
                Arguments.of(CommitStage.PUBLISHED, 1),
                Arguments.of(CommitStage.PUBLISHED, 3));
    }

    @ParameterizedTest(name = "killed after {0} #{1}")
    @MethodSource("crashPoints")
    void aCommitKilledAtAnyStepLeavesTheOldCheckpointAndARerunCompletesTheData(CommitStage stage, int occurrence) {
        Map<String, Long> expected = cleanRun();
        ParquetStore dying = ParquetStore.open(root, ParquetOptions.defaults());
        dying.write(batchA());
        dying.flush();
        dying.write(batchB());
        int[] seen = {0};
        dying.hook((reached, dataset) -> {
            if (reached == stage && ++seen[0] == occurrence) {
                throw new Killed();
            }
        });
        assertThatThrownBy(dying::flush).isInstanceOf(Killed.class);
        dying.abandon();

        assertNoHiddenFileIsVisible();
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(HOME)).contains(AT_A);
            archive.write(batchB()); // the crawler reruns from checkpoint A
            archive.write(batchA()); // and may meet older pages again
        }
        assertThat(counts(root)).isEqualTo(expected);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(HOME)).contains(AT_A); // batch A came last in the rerun
        }
    }

    @Test
    void aCommitKilledBeforeItsCheckpointKeepsTheDataAndTheRerunAddsNothing() {
        Map<String, Long> expected = cleanRun();
        ParquetStore dying = ParquetStore.open(root, ParquetOptions.defaults());
        dying.write(batchA());
        dying.flush();
        dying.write(batchB());
        dying.hook((reached, dataset) -> {
            if (reached == CommitStage.CHECKPOINTED) {
                throw new Killed();
            }
        });
        // the hook runs after the checkpoint file is replaced: move it back to simulate the crash before
        assertThatThrownBy(dying::flush).isInstanceOf(Killed.class);
        dying.abandon();
        rewriteCheckpointFileTo(AT_A);
        assertThat(Duck.count(root, "statuses")).isEqualTo(4); // all data already visible
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(HOME)).contains(AT_A);
            archive.write(batchB());
            archive.write(batchA());
        }
        assertThat(counts(root)).isEqualTo(expected);
    }

    @Test
    void aWriterKilledWhileWritingLosesOnlyItsUncommittedBatch() {
        Map<String, Long> expected = cleanRun();
        ParquetStore dying = ParquetStore.open(root, ParquetOptions.defaults());
        dying.write(batchA());
        dying.flush();
        dying.write(batchB()); // open files, half written
        dying.abandon();
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(HOME)).contains(AT_A);
            assertThat(Duck.count(root, "statuses")).isEqualTo(1);
            archive.write(batchB());
            archive.write(batchA());
        }
        assertThat(counts(root)).isEqualTo(expected);
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aTornCommitLogLineIsDroppedWithItsFiles() throws IOException {
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            archive.write(batchA());
        }
        Path log = root.resolve("statuses").resolve(CommitLog.FILE_NAME);
        Files.writeString(log, "{\"commit\":9,\"files\":[{\"pa", StandardOpenOption.APPEND);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            archive.write(batchB());
        }
        assertThat(Files.readString(log)).doesNotContain("\"commit\":9");
        assertThat(Files.readAllLines(log)).hasSize(2);
        assertThat(Duck.count(root, "statuses")).isEqualTo(4);
    }

    @Test
    void aVisibleFileMissingFromTheCommitLogIsHiddenAtOpen() throws IOException {
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            archive.write(batchA());
        }
        Path partition;
        try (Stream<Path> files = Files.walk(root.resolve("statuses"))) {
            partition = files.filter(f -> f.getFileName().toString().startsWith("part-")).findFirst().orElseThrow()
                    .getParent();
        }
        Files.copy(partition.resolve(Files.list(partition).filter(f -> f.getFileName().toString().startsWith("part-"))
                .findFirst().orElseThrow().getFileName()), partition.resolve("part-0-stray.parquet"));
        assertThat(Duck.count(root, "statuses")).isEqualTo(2);
        ParquetStore.open(root, ParquetOptions.defaults()).close();
        assertThat(Duck.count(root, "statuses")).isEqualTo(1);
        assertThat(partition.resolve(".part-0-stray.parquet.orphan")).exists();
    }

    /**
     * Batches A, B and A again on a fresh archive, without a crash: the counts every recovery must
     * reach. (The author of A appears in B with other counts, so meeting A again adds a version.)
     */
    Map<String, Long> cleanRun() {
        try (ParquetStore archive = ParquetStore.open(clean, ParquetOptions.defaults())) {
            archive.write(batchA());
            archive.write(batchB());
            archive.write(batchA());
        }
        Map<String, Long> counts = counts(clean);
        assertThat(counts.get("statuses")).isEqualTo(4); // full, poll, boost and the boosted status
        return counts;
    }

    static Map<String, Long> counts(Path archive) {
        Map<String, Long> counts = new TreeMap<>();
        for (Dataset dataset : Dataset.values()) {
            counts.put(dataset.tableName(), Duck.count(archive, dataset.tableName()));
        }
        return counts;
    }

    void rewriteCheckpointFileTo(Checkpoint checkpoint) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            new CheckpointFile(root, mapper).write(1, List.of(checkpoint));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void assertNoHiddenFileIsVisible() {
        for (Dataset dataset : Dataset.values()) {
            Path directory = root.resolve(dataset.tableName());
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".parquet"))
                        .forEach(name -> assertThat(name).startsWith("part-"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    List<String> hiddenFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".part-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
