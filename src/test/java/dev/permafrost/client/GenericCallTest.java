package dev.permafrost.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.api.ReplayServer;
import dev.permafrost.client.http.RetryPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code mastodon.call(method, path, params)}: any endpoint, raw JSON and the page cursors. */
class GenericCallTest {
    private ReplayServer server;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        mastodon = Mastodon.builder().instance(server.baseUri().toString()).accessToken("test-token")
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getSendsTheParametersInTheQueryAndReturnsTheJsonAndTheCursors() {
        String base = server.baseUri().toString();
        server.answer("GET", "/api/v1/notifications", 200, "[{\"id\":\"9\"},{\"id\":\"8\"}]", Map.of(
                "Content-Type", "application/json",
                "Link", "<" + base + "/api/v1/notifications?max_id=8>; rel=\"next\", <" + base
                        + "/api/v1/notifications?min_id=9>; rel=\"prev\""));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", 2);
        params.put("types[]", List.of("mention", "follow"));

        Mastodon.RawResult result = mastodon.call("get", "api/v1/notifications", params);

        ReplayServer.Received sent = server.last("GET", "/api/v1/notifications");
        assertThat(sent.query()).containsEntry("limit", List.of("2")).containsEntry("types[]", List.of("mention", "follow"));
        assertThat(sent.header("Authorization")).hasValue("Bearer test-token");
        assertThat(sent.body()).isEmpty();
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get(1).get("id").asText()).isEqualTo("8");
        assertThat(result.next().flatMap(Cursor::value)).hasValue("8");
        assertThat(result.previous().flatMap(Cursor::value)).hasValue("9");
    }

    @Test
    void postSendsTheParametersAsAFormBody() {
        server.answer("POST", "/api/v1/lists", 200, "{\"id\":\"12\",\"title\":\"Glaciers\"}");

        Mastodon.RawResult result = mastodon.call("POST", "/api/v1/lists", Map.of("title", "Glaciers"));

        ReplayServer.Received sent = server.last("POST", "/api/v1/lists");
        assertThat(sent.header("Content-Type")).hasValue("application/x-www-form-urlencoded");
        assertThat(sent.form()).containsEntry("title", List.of("Glaciers"));
        assertThat(sent.query()).isEmpty();
        assertThat(result.json().get("id").asText()).isEqualTo("12");
        assertThat(result.next()).isEmpty();
    }

    @Test
    void deleteSendsTheParametersInTheQuery() {
        server.answer("DELETE", "/api/v1/domain_blocks", 200, "{}");

        mastodon.call("DELETE", "/api/v1/domain_blocks", Map.of("domain", "spam.example"));

        ReplayServer.Received sent = server.last("DELETE", "/api/v1/domain_blocks");
        assertThat(sent.param("domain")).hasValue("spam.example");
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void aQueryInThePathIsKeptBesideTheParameters() {
        server.answer("GET", "/api/v2/search", 200, "{\"accounts\":[],\"statuses\":[],\"hashtags\":[]}");

        mastodon.call("GET", "/api/v2/search?q=frost", Map.of("type", "hashtags"));

        assertThat(server.last("GET", "/api/v2/search").query()).containsEntry("q", List.of("frost"))
                .containsEntry("type", List.of("hashtags"));
    }

    @Test
    void noContentIsAJsonNull() {
        server.answer("POST", "/api/v1/markers", 204, "", Map.of());

        Mastodon.RawResult result = mastodon.call("POST", "/api/v1/markers", Map.of());

        assertThat(result.status()).isEqualTo(204);
        assertThat(result.json().isNull()).isTrue();
    }

    @Test
    void anErrorAnswerRaisesTheTypedExceptionWithTheServersError() {
        assertThatThrownBy(() -> mastodon.call("GET", "/api/v1/statuses/404", Map.of()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("Record not found");
    }

    @Test
    void aCallNeverAsksTheServersVersion() {
        server.answer("GET", "/api/v1/brand/new/thing", 200, "[]");

        mastodon.call("GET", "/api/v1/brand/new/thing", Map.of());

        assertThat(server.requests()).extracting(ReplayServer.Received::path).containsExactly("/api/v1/brand/new/thing");
    }

    @Test
    void anUnknownMethodOrAUrlFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> mastodon.call("FETCH", "/api/v1/x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FETCH");
        assertThatThrownBy(() -> mastodon.call("GET", "https://elsewhere.example/api/v1/x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a URL");
        assertThat(server.requests()).isEmpty();
    }
}
