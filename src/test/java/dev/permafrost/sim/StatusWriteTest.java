package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusWriteTest {
    private SimServer server;
    private Api api;
    private String token;

    @BeforeEach
    void start() {
        server = SimServer.start(SimConfig.small());
        api = new Api(server);
        token = server.world().userToken();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Api.Answer post(String form, String idempotencyKey) {
        HttpRequest.Builder request = api.request("/api/v1/statuses", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api.send(request.build());
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstStatus() {
        int before = server.world().statusCount();

        Api.Answer first = post("status=Hello+%23frost", "key-1");
        Api.Answer retry = post("status=Hello+%23frost", "key-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(server.world().statusCount()).isEqualTo(before + 1);
        assertThat(server.requests().last().orElseThrow().header("Idempotency-Key")).hasValue("key-1");
    }

    @Test
    void postsWithDifferentKeysCreateTwoStatuses() {
        Api.Answer first = post("status=Hello", "key-1");
        Api.Answer second = post("status=Hello", "key-2");

        assertThat(second.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());
    }

    @Test
    void aPostedStatusComesFirstOnHomeAndOnTheAuthorsStatuses() {
        JsonNode status = post("status=Fresh+%23coffee&visibility=public&language=de", null).json();

        assertThat(status.get("content").asText()).contains("Fresh").contains("tags/coffee");
        assertThat(status.get("tags").get(0).get("name").asText()).isEqualTo("coffee");
        assertThat(status.get("language").asText()).isEqualTo("de");
        assertThat(api.get("/api/v1/timelines/home?limit=1", token).ids()).containsExactly(status.get("id").asText());
        assertThat(api.get("/api/v1/accounts/" + server.world().me() + "/statuses?limit=1", token).ids())
                .containsExactly(status.get("id").asText());
    }

    @Test
    void aPostedStatusListsTheAccountsItMentions() {
        String admin = server.world().admin();

        JsonNode status = post("status=Hello+%40admin+and+%40nobody", null).json();

        assertThat(status.get("mentions").size()).isEqualTo(1);
        assertThat(status.get("mentions").get(0).get("id").asText()).isEqualTo(admin);
        assertThat(status.get("content").asText()).contains("class=\"u-url mention\"").contains("@nobody");
    }

    @Test
    void anEmptyStatusIsRefusedWith422() {
        Api.Answer answer = post("status=", null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("Validation failed: Text can't be blank");
    }

    @Test
    void aPostScheduledLaterAnswersAScheduledStatus() {
        String at = Instant.now().plusSeconds(3600).toString();

        JsonNode scheduled = post("status=Later&scheduled_at=" + at, null).json();

        assertThat(scheduled.get("scheduled_at").asText()).isNotBlank();
        assertThat(scheduled.get("params").get("text").asText()).isEqualTo("Later");
        assertThat(api.get("/api/v1/scheduled_statuses/" + scheduled.get("id").asText(), token).status()).isEqualTo(200);
    }

    @Test
    void anEditSetsEditedAtAndAddsARevision() {
        String id = post("status=First+words", null).json().get("id").asText();

        Api.Answer edited = api.send(api.request("/api/v1/statuses/" + id, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"Second words\"}")).build());

        assertThat(edited.json().get("edited_at").isNull()).isFalse();
        JsonNode history = api.get("/api/v1/statuses/" + id + "/history", token).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("content").asText()).contains("Second words");
        assertThat(api.get("/api/v1/statuses/" + id + "/source", token).json().get("text").asText()).isEqualTo("Second words");
    }

    @Test
    void editingSomeoneElsesStatusIsNotAllowed() {
        String other = server.world().publicTimelineIds().stream()
                .filter(id -> !api.get("/api/v1/statuses/" + id).json().get("account").get("id").asText().equals(server.world().me()))
                .findFirst().orElseThrow();

        Api.Answer answer = api.send(api.request("/api/v1/statuses/" + other, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("status=mine+now")).build());

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void deletingAnswersTheStatusWithItsTextAndThenItIsGone() {
        String id = post("status=Short+lived", null).json().get("id").asText();

        Api.Answer deleted = api.send("DELETE", "/api/v1/statuses/" + id, token);

        assertThat(deleted.json().get("text").asText()).isEqualTo("Short lived");
        assertThat(api.get("/api/v1/statuses/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void theWorldCanEditAndDeleteWhileAClientReads() {
        String id = server.world().publicTimelineIds().get(0);

        server.world().editStatus(id, "Changed by the test");
        JsonNode edited = api.get("/api/v1/statuses/" + id).json();
        server.world().deleteStatus(id);

        assertThat(edited.get("content").asText()).contains("Changed by the test");
        assertThat(edited.get("edited_at").isNull()).isFalse();
        assertThat(api.get("/api/v1/statuses/" + id).status()).isEqualTo(404);
        assertThat(server.world().publicTimelineIds()).doesNotContain(id);
    }
}
