package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.ScheduledStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduled statuses against the simulator. */
class ScheduledStatusesTest {
    private SimHarness sim;
    private ScheduledStatuses scheduled;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        scheduled = sim.mastodon.scheduledStatuses();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String schedule(String text) {
        return sim.mastodon.statuses().post(StatusDraft.builder().text(text)
                .scheduledAt(Instant.now().plus(2, ChronoUnit.DAYS)).build()).scheduled().orElseThrow().id();
    }

    @Test
    void theScheduledStatusesArePagedAndReadOneByOne() {
        List<ScheduledStatus> all = scheduled.list(PageRequest.largest()).fetchRemaining(Direction.OLDER);
        ScheduledStatus one = scheduled.get(all.get(0).id());

        assertThat(sim.last("GET", "/api/v1/scheduled_statuses").query("limit")).contains("40");
        assertThat(all).hasSize(sim.world().scheduledStatusesCount());
        assertThat(one.id()).isEqualTo(all.get(0).id());
        assertThat(one.scheduledAt()).isEqualTo(all.get(0).scheduledAt());
    }

    @Test
    void aScheduledStatusIsMovedWithPut() {
        String id = schedule("Later");
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        ScheduledStatus moved = scheduled.reschedule(id, at);

        assertThat(SimHarness.form(sim.last("PUT", "/api/v1/scheduled_statuses/" + id)))
                .containsEntry("scheduled_at", List.of(at.toString()));
        assertThat(moved.scheduledAt()).isEqualTo(at);
        assertThat(scheduled.get(id).scheduledAt()).isEqualTo(at);
    }

    @Test
    void aCancelledScheduledStatusIsGone() {
        String id = schedule("Never");

        scheduled.cancel(id);

        assertThat(sim.last("DELETE", "/api/v1/scheduled_statuses/" + id).status()).isEqualTo(200);
        assertThatThrownBy(() -> scheduled.get(id)).isInstanceOf(NotFoundException.class);
    }
}
