package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.model.Status;
import dev.permafrost.store.ArchiveTables;
import dev.permafrost.store.H2Archive;
import dev.permafrost.store.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportToJsonLinesWritesOneFilePerTableWithRawEmbeddedExactly() throws Exception {
        Path path = dir.resolve("archive");
        try (H2Archive archive = H2Archive.open(path)) {
            ArchiveFixture.timeline(archive);
        }
        Path out = dir.resolve("export");

        Cli.Result run = Cli.run(java.util.Map.of(), "export", "--from", "h2:" + path, "--to", "jsonl:" + out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("statuses.jsonl +8 rows");
        for (String table : ArchiveTables.names()) {
            assertThat(out.resolve(table + ".jsonl")).exists();
        }
        List<String> lines = Files.readAllLines(out.resolve("statuses.jsonl"), StandardCharsets.UTF_8);
        List<Status> statuses = ArchiveFixture.list("statuses_public_timeline.json", Status.class);
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            JsonNode row = ArchiveFixture.JSON.tree(line.getBytes(StandardCharsets.UTF_8));
            Status status = statuses.stream().filter(s -> s.id().equals(row.get("id").asText())).findFirst().orElseThrow();
            assertThat(row.get("instance").asText()).isEqualTo("localhost:3000");
            assertThat(row.get("created_at").asText()).isEqualTo(status.createdAt().toString());
            assertThat(row.get("replies_count").isNumber()).isTrue();
            assertThat(row.get("sensitive").isBoolean()).isTrue();
            assertThat(row.get("raw").isObject()).isTrue();
            assertThat(line).endsWith("\"raw\":" + status.raw() + "}");
        }
        assertThat(Files.readAllLines(out.resolve("checkpoints.jsonl"))).containsExactly(
                "{\"instance\":\"localhost:3000\",\"account\":\"117020565966271181\",\"collection\":\"home\","
                        + "\"cursor\":\"117020593134559451\",\"state\":null,\"updated_at\":\"2026-08-02T06:00:00Z\"}");
        assertThat(Files.readAllLines(out.resolve("follows.jsonl"))).isEmpty();
    }

    @Test
    void exportIntoAnotherArchiveKeepsEveryTableAndTheCollections() {
        Path source = dir.resolve("source");
        try (H2Archive archive = H2Archive.open(source)) {
            ArchiveFixture.everything(archive);
        }
        Path target = dir.resolve("copy");

        Cli.Result run = Cli.run(java.util.Map.of(), "export", "--from", "h2:" + source, "--to", "h2:" + target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Copied h2:" + source + " into h2:" + target).doesNotContain("skipped");
        try (H2Archive from = H2Archive.open(source); H2Archive to = H2Archive.open(target)) {
            assertThat(to.counts()).containsExactlyInAnyOrderElementsOf(from.counts());
            assertThat(to.checkpoints()).isEqualTo(from.checkpoints());
            List<String> differing = new ArrayList<>();
            for (String table : ArchiveTables.names()) {
                if (!content(to, table).equals(content(from, table))) {
                    differing.add(table);
                }
            }
            assertThat(differing).isEmpty();
        }
    }

    /**
     * A table's rows without what a copy cannot keep: when rows were first and last seen and
     * ended, and which version of an account profile is the latest (a copy rewrites accounts as
     * they were embedded in the statuses and relations it replays, in its own order).
     */
    private static List<Map<String, Object>> content(H2Archive archive, String table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        archive.scan(table, (Row row) -> {
            Map<String, Object> kept = new TreeMap<>(row.columns());
            kept.keySet().removeAll(List.of("first_seen", "last_seen"));
            kept.computeIfPresent("ended_at", (column, value) -> "ended");
            if (table.equals("accounts")) {
                kept.keySet().retainAll(List.of("instance", "id", "username", "acct", "created_at"));
            }
            rows.add(kept);
        });
        return rows;
    }

    @Test
    void exportToParquetGivesDatasetsThatDuckDbReadsWithTheSameRows() throws Exception {
        Path source = dir.resolve("source");
        try (H2Archive archive = H2Archive.open(source)) {
            ArchiveFixture.everything(archive);
        }
        Path target = dir.resolve("parquet");

        Cli.Result run = Cli.run(java.util.Map.of(), "export", "--from", "h2:" + source, "--to", "parquet:" + target);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (H2Archive from = H2Archive.open(source);
             java.sql.Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement query = duck.createStatement()) {
            for (String table : List.of("statuses", "accounts", "notifications", "favourites", "timeline_entries", "follows")) {
                long h2Rows = from.counts().stream().filter(c -> c.table().equals(table)).mapToLong(c -> c.rows()).sum();
                String key = String.join(", ", ArchiveTables.key(table));
                try (java.sql.ResultSet rows = query.executeQuery("SELECT count(*) FROM (SELECT DISTINCT " + key
                        + " FROM read_parquet('" + target.resolve(table) + "/**/*.parquet', hive_partitioning = true))")) {
                    rows.next();
                    assertThat(rows.getLong(1)).as(table).isEqualTo(h2Rows);
                }
            }
        }
    }

    @Test
    void exportOfAMissingArchiveFails() {
        Cli.Result run = Cli.run(java.util.Map.of(), "export", "--from", "h2:" + dir.resolve("none"), "--to", "jsonl:" + dir.resolve("out"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no archive at");
    }

    @Test
    void exportOntoItselfIsRefused() {
        Path path = dir.resolve("archive");
        H2Archive.open(path).close();

        Cli.Result run = Cli.run(java.util.Map.of(), "export", "--from", "h2:" + path, "--to", "h2:" + path);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("names the archive being exported");
    }
}
