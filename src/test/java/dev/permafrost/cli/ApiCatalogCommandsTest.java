package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.api.Catalog;
import dev.permafrost.client.api.EndpointTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code permafrost api endpoints} and {@code permafrost api coverage}. */
class ApiCatalogCommandsTest {
    @TempDir
    Path folder;

    record Run(int exit, List<String> out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = Main.commandLine(Map.of("PERMAFROST_CONFIG_DIR", folder.toString()));
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString().lines().toList(), err.toString());
    }

    @Test
    void endpointsPrintsTheCatalogOneMethodAndPathALine() {
        Run run = run("api", "endpoints");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).hasSize(Catalog.endpoints().size())
                .contains("GET /api/v2/admin/accounts", "POST /api/v1/admin/accounts/:id/action",
                        "GET /api/v1/timelines/tag/:hashtag")
                .allMatch(line -> line.matches("(GET|POST|PUT|PATCH|DELETE) /\\S*"));
    }

    @Test
    void coverageAgainstATableListsWhatIsMissingAndEndsWithTheCount() throws IOException {
        Path table = folder.resolve("small.tsv");
        Files.writeString(table, String.join("\n",
                "method\tpath\tfamily\tdeprecated",
                "GET\t/api/v1/admin/accounts/:account_id\tadmin\tno",
                "POST\t/api/v1/admin/reports/:report_id/resolve\tadmin\tno",
                "GET\t/api/v1/no/such/thing\tnothing\tno",
                "POST\t/api/v1/neither/:id\tnothing\tyes (4.0.0) -> none",
                "POST\t/api/v1/notifications/:id/dismiss\tnotifications\tremoved (3.0.0)",
                "GET\t/api/v1/streaming/user\tstreaming\tno",
                ""));

        Run run = run("api", "coverage", "--against", table.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsExactly(
                "missing: GET /api/v1/no/such/thing [nothing]",
                "missing: POST /api/v1/neither/:id [nothing]",
                "covered 2 of 4 current endpoints");
    }

    @Test
    void coverageWithoutATableUsesTheProjectsCopy() {
        Run run = run("api", "coverage");

        int current = EndpointTable.bundled().current().size();
        assertThat(run.exit()).isZero();
        assertThat(run.out().get(run.out().size() - 1)).matches("covered \\d+ of " + current + " current endpoints");
        assertThat(run.out()).noneMatch(line -> line.contains("[admin]")).noneMatch(line -> line.contains("/streaming"));
    }

    @Test
    void coverageOfAMissingOrMalformedTableIsAUsageError() throws IOException {
        Path odd = Files.writeString(folder.resolve("odd.tsv"), "verb\turl\nGET\t/x\n");

        Run missing = run("api", "coverage", "--against", folder.resolve("nope.tsv").toString());
        Run malformed = run("api", "coverage", "--against", odd.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("'method'");
    }

    @Test
    void theHelpOfCoverageSaysWhatCurrentMeans() {
        Run run = run("api", "coverage", "--help");

        assertThat(String.join(" ", run.out())).contains("removed").contains("/api/v1/streaming");
    }
}
