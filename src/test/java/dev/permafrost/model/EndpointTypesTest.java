package dev.permafrost.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.EndpointTypes.Endpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTypesTest {

    @Test
    void everyEndpointCurrentServersServeHasExactlyOneEntry() throws IOException {
        List<String> served = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/endpoints.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split("\t"));
            int method = header.indexOf("method");
            int path = header.indexOf("path");
            int deprecated = header.indexOf("deprecated");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t", -1);
                if (!columns[deprecated].startsWith("removed")) {
                    served.add(columns[method] + " " + columns[path]);
                }
            }
        }

        List<String> mapped = EndpointTypes.all().stream().map(e -> e.method() + " " + e.path()).toList();

        assertThat(served).hasSize(283);
        assertThat(mapped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertThat(EndpointTypes.find("GET", "/api/v1/accounts/lookup")).map(Endpoint::path)
                .contains("/api/v1/accounts/lookup");
        assertThat(EndpointTypes.find("GET", "/api/v1/accounts/109302")).map(Endpoint::path)
                .contains("/api/v1/accounts/:id");
        assertThat(EndpointTypes.find("GET", "/api/v1/notifications/requests/merged")).map(Endpoint::path)
                .contains("/api/v1/notifications/requests/merged");
        assertThat(EndpointTypes.find("GET", "/api/v2/notifications/policy")).map(Endpoint::path)
                .contains("/api/v2/notifications/policy");
        assertThat(EndpointTypes.find("GET", "/api/v2/notifications/favourite-12-34")).map(Endpoint::path)
                .contains("/api/v2/notifications/:group_key");
    }

    @Test
    void theMethodQueryAndTrailingSlashAreHandled() {
        assertThat(EndpointTypes.find("get", "/api/v2/instance/")).map(Endpoint::returns)
                .contains(new EndpointTypes.One(Instance.class));
        assertThat(EndpointTypes.find("GET", "/api/v1/timelines/tag/cats?max_id=5")).map(Endpoint::returns)
                .contains(new EndpointTypes.Many(Status.class));
        assertThat(EndpointTypes.find("DELETE", "/api/v1/timelines/home")).isEmpty();
        assertThat(EndpointTypes.find("HEAD", "/")).isEmpty();
    }
}
