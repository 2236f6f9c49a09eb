package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.MediaProcessingException;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Status;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media uploads against the simulator: multipart, the processing wait, failures, changes. */
class MediaUploadTest {
    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3, 4};
    /** Polls in milliseconds, so a test never waits long. */
    private static final ProcessingWait QUICK = new ProcessingWait(Duration.ofSeconds(10), Duration.ofMillis(1), Duration.ofMillis(4));

    private SimHarness sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    private Media media(int pollsBeforeReady) {
        sim = SimHarness.start(SimConfig.small().toBuilder().mediaPollsBeforeReady(pollsBeforeReady).build());
        return sim.mastodon.media();
    }

    private static MediaUpload picture() {
        return MediaUpload.of(UploadFile.of("frost.png", PICTURE));
    }

    @Test
    void anUploadIsMultipartWithTheFileDescriptionAndFocus() {
        Media media = media(0);

        MediaAttachment attachment = media.upload(picture().description("Frost on glass").focus(0.5, -0.25), QUICK);

        RecordedRequest request = sim.last("POST", "/api/v2/media");
        assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("multipart/form-data; boundary="));
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).contains("name=\"file\"; filename=\"frost.png\"\r\nContent-Type: image/png\r\n\r\n"
                + new String(PICTURE, StandardCharsets.ISO_8859_1));
        assertThat(body).contains("name=\"description\"\r\n\r\nFrost on glass").contains("name=\"focus\"\r\n\r\n0.5,-0.25");
        assertThat(attachment.type()).isEqualTo("image");
        assertThat(attachment.description()).isEqualTo("Frost on glass");
        assertThat(attachment.meta().get("focus").get("y").asDouble()).isEqualTo(-0.25);
        assertThat(attachment.url()).isNotNull();
    }

    @Test
    void aFileProcessedAtOnceIsNotPolled() {
        Media media = media(0);

        MediaAttachment attachment = media.upload(picture());

        assertThat(sim.last("POST", "/api/v2/media").status()).isEqualTo(200);
        assertThat(attachment.url()).isNotNull();

        assertThat(sim.server.requests().count(r -> r.path().startsWith("/api/v1/media/"))).isZero();
    }

    @Test
    void anUploadStillProcessingIsPolledUntilReady() {
        Media media = media(3);

        MediaAttachment attachment = media.upload(picture(), QUICK);

        List<RecordedRequest> polls = sim.server.requests().matching(r -> r.path().equals("/api/v1/media/" + attachment.id()));
        assertThat(sim.last("POST", "/api/v2/media").status()).isEqualTo(202);
        assertThat(polls).extracting(RecordedRequest::status).containsExactly(206, 206, 206, 200);
        assertThat(attachment.url()).startsWith(sim.server.baseUri() + "/system/media_attachments/files/");
    }

    @Test
    void withoutAWaitTheFirstAnswerIsReturnedUnprocessed() {
        Media media = media(2);

        MediaAttachment attachment = media.upload(picture(), ProcessingWait.NONE);

        assertThat(attachment.url()).isNull();
        assertThat(sim.server.requests().count(r -> r.path().startsWith("/api/v1/media/"))).isZero();
        assertThat(media.get(attachment.id()).url()).isNull();
        assertThat(media.awaitProcessing(attachment.id(), QUICK).url()).isNotNull();
    }

    @Test
    void failedProcessingGivesAnErrorNamingTheServersCause() {
        Media media = media(2);
        sim.world().failNextMediaProcessing(1);

        assertThatThrownBy(() -> media.upload(picture(), QUICK))
                .isInstanceOfSatisfying(MediaProcessingException.class, e -> {
                    assertThat(e.timedOut()).isFalse();
                    assertThat(e.status()).hasValue(422);
                    assertThat(e.error()).contains("Error processing thumbnail for uploaded media");
                    assertThat(e.getMessage()).contains("Error processing thumbnail for uploaded media")
                            .contains("could not process media " + e.mediaId());
                    assertThat(e.getCause()).isInstanceOf(UnprocessableException.class);
                });
    }

    @Test
    void theWaitIsBoundedAndItsEndIsReported() {
        Media media = media(1_000_000);
        ProcessingWait brief = new ProcessingWait(Duration.ofMillis(30), Duration.ofMillis(1), Duration.ofMillis(5));

        assertThatThrownBy(() -> media.upload(picture(), brief))
                .isInstanceOfSatisfying(MediaProcessingException.class, e -> {
                    assertThat(e.timedOut()).isTrue();
                    assertThat(e.getMessage()).contains("still processing after 30 ms");
                });
        assertThat(sim.server.requests().count(r -> r.path().startsWith("/api/v1/media/"))).isPositive();
    }

    @Test
    void anUploadedFileIsAttachedToAPost() {
        Media media = media(1);
        MediaAttachment attachment = media.upload(picture().description("alt"), QUICK);

        Status status = sim.mastodon.statuses().post(StatusDraft.builder().text("Look").mediaIds(List.of(attachment.id())).build())
                .published().orElseThrow();

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/statuses"))).containsEntry("media_ids[]", List.of(attachment.id()));
        assertThat(status.mediaAttachments()).extracting(MediaAttachment::id).containsExactly(attachment.id());
    }

    @Test
    void theDescriptionOfAnUploadCanBeChanged() {
        Media media = media(0);
        String id = media.upload(picture(), QUICK).id();

        MediaAttachment updated = media.update(id, Media.MediaUpdate.description("Better alt text"));

        assertThat(SimHarness.form(sim.last("PUT", "/api/v1/media/" + id))).containsEntry("description", List.of("Better alt text"));
        assertThat(updated.description()).isEqualTo("Better alt text");
    }

    @Test
    void anUnattachedUploadCanBeDeleted() {
        Media media = media(0);
        String id = media.upload(picture(), QUICK).id();

        media.delete(id);

        assertThat(sim.last("DELETE", "/api/v1/media/" + id).status()).isEqualTo(200);
        assertThatThrownBy(() -> media.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theFirstUploadApiAnswersTheProcessedFile(@TempDir Path dir) throws Exception {
        Media media = media(5);
        Path file = dir.resolve("clip.png");
        Files.write(file, PICTURE);

        MediaAttachment attachment = media.uploadV1(MediaUpload.of(UploadFile.of(file)));

        assertThat(new String(sim.last("POST", "/api/v1/media").body(), StandardCharsets.ISO_8859_1))
                .contains("filename=\"clip.png\"\r\nContent-Type: image/png");
        assertThat(attachment.url()).isNotNull();
    }
}
