package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client implements every current endpoint of the table: every row whose {@code deprecated}
 * column does not start with {@code removed}, except the streaming API, which the streaming client
 * covers.
 */
class CoverageTest {

    @Test
    void everyCurrentEndpointOfTheTableHasAMethod() {
        EndpointTable.Coverage coverage = EndpointTable.bundled().coverage(Catalog.endpoints());

        assertThat(coverage.missing())
                .as("%s; missing:%n%s", coverage.summary(), coverage.missing().stream()
                        .map(row -> "  " + row.signature() + " [" + row.family() + "]")
                        .collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }
}
