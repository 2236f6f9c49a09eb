package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.store.H2Archive;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void statsPrintsRowsPerTableAndInstanceAndEveryCheckpoint() {
        Path path = dir.resolve("archive");
        try (H2Archive archive = H2Archive.open(path)) {
            ArchiveFixture.timeline(archive);
        }

        Cli.Result run = Cli.run(java.util.Map.of(), "stats", "--store", "h2:" + path);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Archive h2:" + path)
                .containsPattern("statuses +localhost:3000 +8\\n")
                .containsPattern("timeline_entries +localhost:3000 +8\\n")
                .containsPattern("polls +localhost:3000 +1\\n")
                .containsPattern("localhost:3000 +117020565966271181 +home +117020593134559451 +2026-08-02T06:00:00Z");
    }

    @Test
    void statsOfAnEmptyArchiveSaysSo() {
        Path path = dir.resolve("archive");
        H2Archive.open(path).close();

        Cli.Result run = Cli.run(java.util.Map.of(), "stats", "--store", "h2:" + path);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(no rows)").contains("(no checkpoints)");
    }

    @Test
    void statsOfAMissingArchiveFailsWithoutCreatingOne() {
        Path path = dir.resolve("typo");

        Cli.Result run = Cli.run(java.util.Map.of(), "stats", "--store", "h2:" + path);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no archive at h2:" + path);
        assertThat(dir.resolve("typo.mv.db")).doesNotExist();
    }
}
