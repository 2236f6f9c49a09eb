package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive writes and reads Parquet without Hadoop (which is only a compile-time dependency),
 * and a process killed with uncommitted data leaves an archive that opens cleanly without it.
 */
class HadoopFreeTest {
    @TempDir
    Path root;

    @Test
    void aWriterWithoutHadoopOnItsClassPathCommitsReadsBackAndSurvivesAKill() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').contains("/org/apache/hadoop/"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).doesNotContain("hadoop-common");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classPath,
                HadoopFreeWriter.class.getName(), root.toString()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) { // ends when the child says READY or dies
                output.add(line);
                if (line.equals("READY")) {
                    break;
                }
            }
            child.destroyForcibly(); // a kill, not a close: the last batch is still in open files
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(output).as(String.join("\n", output)).contains("hadoop absent", "READY");

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".parquet"))
                    .filter(n -> !n.startsWith("part-"))).isEmpty();
        }
        assertThat(Duck.query(root, "SELECT content FROM {statuses} ORDER BY last_seen"))
                .extracting(r -> r.get("content"))
                .containsExactly("<p>only real cars respond.</p>", "<p>only real animals respond.</p>");
        assertThat(Duck.query(root, "SELECT content FROM {status_edits}"))
                .extracting(r -> r.get("content")).containsExactly("<p>only real cars respond.</p>");
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(HadoopFreeWriter.HOME)).hasValueSatisfying(c -> assertThat(c.cursor()).isEqualTo("2"));
        }
    }
}
