package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timelines against the simulator. */
class TimelinesTest {
    private SimHarness sim;
    private Timelines timelines;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        timelines = sim.mastodon.timelines();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theHomeTimelineIsWalkedToItsEnd() {
        List<Status> all = timelines.home(PageRequest.largest()).fetchRemaining(Direction.OLDER);

        assertThat(all).extracting(Status::id).containsExactlyElementsOf(sim.world().homeTimelineIds());
        assertThat(sim.last("GET", "/api/v1/timelines/home").query("max_id")).isPresent();
    }

    @Test
    void thePublicTimelineCanBeOnlyLocal() {
        Page<Status> page = timelines.publicTimeline(Timelines.PublicOptions.LOCAL, PageRequest.largest());

        assertThat(sim.last("GET", "/api/v1/timelines/public").query("local")).contains("true");
        assertThat(page.items()).isNotEmpty().allSatisfy(status -> assertThat(status.account().acct()).doesNotContain("@"));
    }

    @Test
    void aHashtagTimelineIsAskedWithoutTheHash() {
        String tag = sim.world().tags().get(0);

        Page<Status> page = timelines.tag("#" + tag, Timelines.TagOptions.NONE, PageRequest.largest());

        assertThat(sim.last("GET", "/api/v1/timelines/tag/" + tag).status()).isEqualTo(200);
        assertThat(page.items()).hasSize(Math.min(40, sim.world().tagTimelineCount(tag)))
                .allSatisfy(status -> assertThat(status.tags()).extracting(t -> t.name()).contains(tag));
    }

    @Test
    void theLinkTimelineShowsTheStatusesSharingAUrl() {
        Status withCard = timelines.publicTimeline(Timelines.PublicOptions.FEDERATED, PageRequest.largest())
                .stream(Direction.OLDER).filter(status -> status.card() != null).findFirst().orElseThrow();
        String url = withCard.card().url();

        Page<Status> page = timelines.link(url, PageRequest.newest());

        assertThat(sim.last("GET", "/api/v1/timelines/link").query("url")).contains(url);
        assertThat(page.items()).extracting(Status::id).contains(withCard.id());
        assertThat(page.items()).allSatisfy(status -> assertThat(status.card().url()).isEqualTo(url));
    }

    @Test
    void aLinkNoStatusSharesIsNotFound() {
        assertThatThrownBy(() -> timelines.link("https://nowhere.example/", PageRequest.newest()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDirectTimelineHoldsOnlyDirectMessages() {
        List<Status> direct = timelines.direct(PageRequest.largest()).fetchRemaining(Direction.OLDER);

        assertThat(sim.last("GET", "/api/v1/timelines/direct").status()).isEqualTo(200);
        assertThat(direct).isNotEmpty().allSatisfy(status -> assertThat(status.visibility()).isEqualTo("direct"));
    }
}
