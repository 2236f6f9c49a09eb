package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDemoArchivesTheSimulatedAccountAndSaysHowToLookAtIt() {
        String store = "h2:" + dir.resolve("demo/archive");

        Cli.Result result = Cli.run(Map.of("PERMAFROST_CONFIG_DIR", dir.resolve("config").toString()), "demo", "--store", store);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Started a simulated Mastodon instance at http://127.0.0.1:")
                .contains("Archived @alice of 127.0.0.1:")
                .containsPattern("statuses +\\d+ +\\d+ +\\d+ +ok")
                .containsPattern("notifications +70 ")
                .contains("permafrost stats --store " + store)
                .contains("org.h2.tools.Shell -url jdbc:h2:file:" + dir.resolve("demo/archive"));
        assertThat(new ArchiveDb(dir.resolve("demo/archive")).count("SELECT COUNT(*) FROM statuses")).isPositive();
    }
}
