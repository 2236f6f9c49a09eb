package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaTest {
    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6, 7, 8};

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

    private Api.Answer upload() {
        String boundary = "sim-boundary-42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nA frosty picture\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"frost.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PICTURE);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/v2/media", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    @Test
    void anUploadAnswers202ThenPolls206WhileProcessingAnd200WhenReady() {
        Api.Answer accepted = upload();
        String id = accepted.json().get("id").asText();

        Api.Answer processing = api.get("/api/v1/media/" + id, token);
        Api.Answer ready = api.get("/api/v1/media/" + id, token);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("url").isNull()).isTrue();
        assertThat(accepted.json().get("description").asText()).isEqualTo("A frosty picture");
        assertThat(processing.status()).isEqualTo(206);
        assertThat(processing.json().get("url").isNull()).isTrue();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("url").asText()).startsWith(server.baseUri() + "/system/media_attachments/files/");
    }

    @Test
    void theUploadedFileCanBeDownloaded() {
        String id = upload().json().get("id").asText();
        api.get("/api/v1/media/" + id, token);

        String url = api.get("/api/v1/media/" + id, token).json().get("url").asText();

        assertThat(api.get(url).body()).isEqualTo(PICTURE);
    }

    @Test
    void failedProcessingAnswers422() {
        server.world().failNextMediaProcessing(1);
        String id = upload().json().get("id").asText();

        Api.Answer answer = api.get("/api/v1/media/" + id, token);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }

    @Test
    void aReadyUploadCanBeAttachedToAStatus() {
        String id = upload().json().get("id").asText();
        api.get("/api/v1/media/" + id, token);
        api.get("/api/v1/media/" + id, token);

        JsonNode status = api.post("/api/v1/statuses", token, "status=Look&media_ids[]=" + id).json();

        assertThat(status.get("media_attachments").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void anUnprocessedUploadCannotBeAttached() {
        String id = upload().json().get("id").asText();

        assertThat(api.post("/api/v1/statuses", token, "status=Look&media_ids[]=" + id).status()).isEqualTo(422);
    }

    @Test
    void generatedMediaFilesAreDeterministicBytes() {
        String url = server.world().publicTimelineIds().stream()
                .map(id -> api.get("/api/v1/statuses/" + id).json().get("media_attachments"))
                .filter(media -> media.size() > 0).findFirst().orElseThrow().get(0).get("url").asText();

        Api.Answer first = api.get(url);
        Api.Answer second = api.get(url);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).hasSizeGreaterThan(1000).isEqualTo(second.body());
        assertThat(first.header("Content-Type")).isPresent();
    }
}
