package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTableTest {
    private static final String SMALL = String.join("\n",
            "method\tpath\tfamily\tpaginated\tadded_in\tdeprecated",
            "GET\t/api/v1/accounts/:account_id\taccounts\tno\t0.0.0\tno",
            "POST\t/api/v1/accounts/:id/follow\taccounts\tno\t0.0.0\tno",
            "GET\t/api/v1/suggestions\tsuggestions\tyes\t2.4.3\tyes (3.4.0) -> GET /api/v2/suggestions",
            "POST\t/api/v1/notifications/:id/dismiss\tnotifications\tno\t1.3.0\tremoved (3.0.0)",
            "GET\t/api/v1/streaming/user\tstreaming\tno\t1.0.0\tno",
            "");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EndpointTableTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theCopyInTheJarIsTheCopyTheTestsRead() throws IOException {
        assertThat(resource(EndpointTable.RESOURCE))
                .as("src/main/resources%s and src/test/resources/fixtures/endpoints.tsv must not drift apart",
                        EndpointTable.RESOURCE)
                .isEqualTo(resource("/fixtures/endpoints.tsv"));
    }

    @Test
    void currentRowsLeaveOutRemovedAndStreamingOnesButKeepDeprecatedOnes() {
        EndpointTable table = EndpointTable.parse(SMALL, "small.tsv");

        assertThat(table.rows()).hasSize(5);
        assertThat(table.current()).extracting(EndpointTable.Row::signature).containsExactly(
                "GET /api/v1/accounts/:account_id", "POST /api/v1/accounts/:id/follow", "GET /api/v1/suggestions");
        assertThat(table.rows().get(2).family()).isEqualTo("suggestions");
        assertThat(table.rows().get(2).addedIn()).isEqualTo("2.4.3");
    }

    @Test
    void placeholdersMatchWhateverTheirNamesButMethodsMustBeEqual() {
        EndpointTable table = EndpointTable.parse(SMALL, "small.tsv");

        EndpointTable.Coverage coverage = table.coverage(List.of(Endpoint.get("/api/v1/accounts/:id", "0.0.0"),
                Endpoint.get("/api/v1/accounts/:account_id/follow", "0.0.0")));

        assertThat(coverage.covered()).extracting(EndpointTable.Row::signature)
                .containsExactly("GET /api/v1/accounts/:account_id");
        assertThat(coverage.missing()).extracting(EndpointTable.Row::signature)
                .containsExactly("POST /api/v1/accounts/:id/follow", "GET /api/v1/suggestions");
        assertThat(coverage.summary()).isEqualTo("covered 1 of 3 current endpoints");
        assertThat(EndpointTable.normalise("/api/v1/lists/:list_id/accounts/:id")).isEqualTo("/api/v1/lists/:/accounts/:");
    }

    @Test
    void aTableWithoutAMethodColumnIsRejectedNamingItsSource() {
        assertThatThrownBy(() -> EndpointTable.parse("verb\tpath\tdeprecated\nGET\t/x\tno\n", "odd.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd.tsv")
                .hasMessageContaining("'method'");
    }

    @Test
    void aShortRowIsRejectedNamingItsLine() {
        assertThatThrownBy(() -> EndpointTable.parse("method\tpath\tdeprecated\nGET\t/api/v1/x\n", "short.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short.tsv line 2");
    }

    @Test
    void theAdminFamilyIsFullyCovered() {
        EndpointTable table = EndpointTable.bundled();
        List<EndpointTable.Row> admin = table.current().stream().filter(row -> row.family().equals("admin")).toList();

        EndpointTable.Coverage coverage = EndpointTable.parse(toTsv(admin), "admin rows").coverage(Catalog.endpoints());

        assertThat(admin).hasSize(59);
        assertThat(coverage.missing()).extracting(EndpointTable.Row::signature).isEmpty();
    }

    @Test
    void everyEndpointOfTheCatalogIsARowOfTheTable() {
        List<String> rows = EndpointTable.bundled().rows().stream()
                .map(row -> row.method() + " " + EndpointTable.normalise(row.path())).toList();

        assertThat(Catalog.endpoints()).allSatisfy(endpoint -> assertThat(rows)
                .as("%s is not in the endpoint table (a typo in its path?)", endpoint.signature())
                .contains(endpoint.method() + " " + EndpointTable.normalise(endpoint.path())));
    }

    private static String toTsv(List<EndpointTable.Row> rows) {
        StringBuilder text = new StringBuilder("method\tpath\tfamily\tadded_in\tdeprecated\n");
        for (EndpointTable.Row row : rows) {
            text.append(String.join("\t", row.method(), row.path(), row.family(), row.addedIn(), row.deprecated())).append('\n');
        }
        return text.toString();
    }
}
