package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog against the endpoint table, for the families of notifications, filters, instance,
 * OAuth and the smaller resources: every current row has an endpoint, introduced in the version
 * the table gives. (The coverage test of the whole table checks every family.)
 */
class CatalogFamiliesTest {
    private static final Set<String> FAMILIES = Set.of("notifications", "filters", "instance", "collections", "oauth", "apps",
            "annual_reports", "trends", "push", "profile", "discovery", "announcements", "emails", "search", "oembed",
            "health", "directory", "custom_emojis", "async_refreshes");
    private static final Pattern VERSION = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)");

    private record Row(String method, String path, String family, String addedIn) {
        String signature() {
            return method + " " + path;
        }
    }

    private static List<Row> currentRows() throws IOException {
        try (InputStream in = CatalogFamiliesTest.class.getClassLoader().getResourceAsStream("fixtures/endpoints.tsv")) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] columns = lines[i].split("\t", -1);
                if (columns.length > 7 && FAMILIES.contains(columns[2]) && !columns[7].startsWith("removed")
                        && !columns[1].startsWith("/api/v1/streaming")) {
                    rows.add(new Row(columns[0], columns[1], columns[2], columns[6]));
                }
            }
            return rows;
        }
    }

    @Test
    void everyCurrentEndpointOfTheseFamiliesHasAMethod() throws IOException {
        Set<String> implemented = Catalog.endpoints().stream().map(Endpoint::signature).collect(Collectors.toSet());

        List<Row> rows = currentRows();

        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows).allSatisfy(row -> assertThat(implemented).as(row.family()).contains(row.signature()));
    }

    @Test
    void eachEndpointNeedsTheVersionTheTableGives() throws IOException {
        Map<String, Endpoint> bySignature = Catalog.endpoints().stream()
                .collect(Collectors.toMap(Endpoint::signature, Function.identity(), (a, b) -> a));

        for (Row row : currentRows()) {
            Matcher version = VERSION.matcher(row.addedIn());
            Optional<Endpoint> endpoint = Optional.ofNullable(bySignature.get(row.signature()));
            if (version.find() && endpoint.isPresent()) {
                assertThat(endpoint.get().addedIn()).as(row.signature()).isEqualTo(version.group(1));
            }
        }
    }
}
