package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.sim.Fault;
import dev.permafrost.sim.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting, editing and deleting statuses against the simulator. */
class StatusPostingTest {
    private SimHarness sim;
    private Statuses statuses;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        statuses = sim.mastodon.statuses();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aPostSendsItsTextAndAGeneratedIdempotencyKeyAndAnswersThePublishedStatus() {
        PostResult result = statuses.post(StatusDraft.of("Frost on the window"));

        RecordedRequest request = sim.last("POST", "/api/v1/statuses");
        assertThat(SimHarness.form(request)).containsEntry("status", List.of("Frost on the window"));
        assertThat(request.header("Idempotency-Key")).hasValueSatisfying(key -> assertThat(UUID.fromString(key)).isNotNull());
        assertThat(result).isInstanceOf(PostResult.Published.class);
        Status status = result.published().orElseThrow();
        assertThat(status.content()).isEqualTo("<p>Frost on the window</p>");
        assertThat(status.account().id()).isEqualTo(sim.world().me());
        assertThat(result.id()).isEqualTo(status.id());
    }

    @Test
    void everyPostGetsItsOwnKey() {
        statuses.post(StatusDraft.of("one"));
        statuses.post(StatusDraft.of("two"));

        List<String> keys = sim.server.requests().matching(r -> r.path().equals("/api/v1/statuses"))
                .stream().map(r -> r.header("Idempotency-Key").orElseThrow()).toList();
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void theDraftsOptionsAreSentAndShowInTheStatus() {
        String parent = sim.world().accountStatusIds(sim.world().me()).get(0);

        Status status = statuses.post(StatusDraft.builder().text("Thin ice").inReplyToId(parent).sensitive(true)
                .spoilerText("cold").visibility(Visibility.UNLISTED).language("de").build()).published().orElseThrow();

        Map<String, List<String>> form = SimHarness.form(sim.last("POST", "/api/v1/statuses"));
        assertThat(form).containsEntry("in_reply_to_id", List.of(parent)).containsEntry("sensitive", List.of("true"))
                .containsEntry("spoiler_text", List.of("cold")).containsEntry("visibility", List.of("unlisted"))
                .containsEntry("language", List.of("de"));
        assertThat(status.inReplyToId()).isEqualTo(parent);
        assertThat(status.sensitive()).isTrue();
        assertThat(status.spoilerText()).isEqualTo("cold");
        assertThat(status.visibility()).isEqualTo("unlisted");
        assertThat(status.language()).isEqualTo("de");
    }

    @Test
    void aPollIsSentAsNestedFormFieldsAndComesBackOnTheStatus() {
        Status status = statuses.post(StatusDraft.builder().text("Which?")
                .poll(new StatusDraft.PollDraft(List.of("snow", "ice", "rime"), Duration.ofHours(1), true, false))
                .build()).published().orElseThrow();

        Map<String, List<String>> form = SimHarness.form(sim.last("POST", "/api/v1/statuses"));
        assertThat(form).containsEntry("poll[options][]", List.of("snow", "ice", "rime"))
                .containsEntry("poll[expires_in]", List.of("3600")).containsEntry("poll[multiple]", List.of("true"));
        Poll poll = status.poll();
        assertThat(poll.options()).extracting(Poll.Option::title).containsExactly("snow", "ice", "rime");
        assertThat(poll.multiple()).isTrue();
        assertThat(poll.expired()).isFalse();
    }

    @Test
    void aPostWithTheCallersKeyRepeatedCreatesOneStatus() {
        int before = sim.world().statusCount();
        StatusDraft draft = StatusDraft.builder().text("Only once").idempotencyKey("my-key-1").build();

        String first = statuses.post(draft).id();
        String second = statuses.post(draft).id();

        assertThat(second).isEqualTo(first);
        assertThat(sim.world().statusCount()).isEqualTo(before + 1);
        assertThat(sim.last("POST", "/api/v1/statuses").header("Idempotency-Key")).contains("my-key-1");
    }

    @Test
    void aPostWhoseAnswerIsLostIsRetriedWithTheSameKeyAndCreatesOneStatus() {
        int before = sim.world().statusCount();
        sim.server.faults().next(Fault.truncatedBody(), 1, "/api/v1/statuses");

        Status status = statuses.post(StatusDraft.of("Through the storm")).published().orElseThrow();

        List<RecordedRequest> attempts = sim.server.requests().matching(r -> r.path().equals("/api/v1/statuses"));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).fault()).contains(Fault.Kind.TRUNCATED_BODY);
        assertThat(attempts.get(1).header("Idempotency-Key")).isEqualTo(attempts.get(0).header("Idempotency-Key"));
        assertThat(sim.world().statusCount()).isEqualTo(before + 1);
        assertThat(sim.world().accountStatusIds(sim.world().me()).get(0)).isEqualTo(status.id());
    }

    @Test
    void aPostRefusedWith503IsRetriedAndCreatesOneStatus() {
        int before = sim.world().statusCount();
        sim.server.faults().next(Fault.serverError(503), 1, "/api/v1/statuses");

        statuses.post(StatusDraft.of("After the outage"));

        assertThat(sim.count("POST", "/api/v1/statuses")).isEqualTo(2);
        assertThat(sim.world().statusCount()).isEqualTo(before + 1);
    }

    @Test
    void aScheduledPostAnswersAScheduledStatus() {
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        int before = sim.world().scheduledStatusesCount();

        PostResult result = statuses.post(StatusDraft.builder().text("Tomorrow").scheduledAt(at).build());

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/statuses"))).containsEntry("scheduled_at", List.of(at.toString()));
        assertThat(result).isInstanceOf(PostResult.Scheduled.class);
        assertThat(result.published()).isEmpty();
        ScheduledStatus scheduled = result.scheduled().orElseThrow();
        assertThat(scheduled.scheduledAt()).isEqualTo(at);
        assertThat(scheduled.params().get("text").asText()).isEqualTo("Tomorrow");
        assertThat(sim.world().scheduledStatusesCount()).isEqualTo(before + 1);
    }

    @Test
    void aDraftNeedsTextMediaOrAPoll() {
        assertThatThrownBy(() -> StatusDraft.builder().spoilerText("cw").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text, media or a poll");
    }

    @Test
    void anEditReplacesTheTextWithPutAndKeepsTheOldVersionInTheHistory() {
        String id = statuses.post(StatusDraft.of("First thought")).id();

        Status edited = statuses.edit(id, StatusDraft.builder().text("Second thought").spoilerText("revised").build());

        RecordedRequest request = sim.last("PUT", "/api/v1/statuses/" + id);
        assertThat(SimHarness.form(request)).containsEntry("status", List.of("Second thought"))
                .containsEntry("spoiler_text", List.of("revised"));
        assertThat(edited.content()).isEqualTo("<p>Second thought</p>");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(statuses.history(id)).extracting(StatusEdit::content)
                .containsExactly("<p>First thought</p>", "<p>Second thought</p>");
    }

    @Test
    void anEditRefusesWhatCannotChange() {
        assertThatThrownBy(() -> statuses.edit("1", StatusDraft.builder().text("x").visibility(Visibility.DIRECT).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visibility");
        assertThat(sim.server.requests().count()).isZero();
    }

    @Test
    void deletingAnswersTheSourceTextAndTheStatusIsGone() {
        String id = statuses.post(StatusDraft.of("Gone soon")).id();

        Status deleted = statuses.delete(id, true);

        assertThat(sim.last("DELETE", "/api/v1/statuses/" + id).query("delete_media")).contains("true");
        assertThat(deleted.text()).isEqualTo("Gone soon");
        assertThatThrownBy(() -> statuses.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPlainDeleteKeepsTheMediaForRedrafting() {
        String id = statuses.post(StatusDraft.of("Redraft me")).id();

        assertThat(statuses.delete(id).text()).isEqualTo("Redraft me");
        assertThat(sim.last("DELETE", "/api/v1/statuses/" + id).query("delete_media")).isEmpty();
    }

    @Test
    void theSourceOfAStatusIsItsPlainText() {
        String id = statuses.post(StatusDraft.builder().text("Plain #frost text").spoilerText("cw").build()).id();

        assertThat(statuses.source(id).text()).isEqualTo("Plain #frost text");
        assertThat(statuses.source(id).spoilerText()).isEqualTo("cw");
        assertThat(sim.last("GET", "/api/v1/statuses/" + id + "/source")).isNotNull();
    }

    @Test
    void aRejectedPostNamesTheServersReason() {
        assertThatThrownBy(() -> statuses.post(StatusDraft.of("x".repeat(501))))
                .isInstanceOf(UnprocessableException.class).hasMessageContaining("Text character limit of 500 exceeded");
    }
}
