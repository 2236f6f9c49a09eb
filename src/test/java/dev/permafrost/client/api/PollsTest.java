package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.Poll;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polls against the simulator. */
class PollsTest {
    private SimHarness sim;
    private Polls polls;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        polls = sim.mastodon.polls();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String openPoll(boolean multiple) {
        return sim.mastodon.statuses().post(StatusDraft.builder().text("Best frost?")
                .poll(new StatusDraft.PollDraft(List.of("hoar", "rime", "glaze"), Duration.ofDays(1), multiple, false)).build())
                .published().orElseThrow().poll().id();
    }

    @Test
    void aPollIsReadById() {
        Poll onStatus = sim.mastodon.statuses().get(sim.world().pollStatusIds().get(0)).poll();

        Poll poll = polls.get(onStatus.id());

        assertThat(poll.id()).isEqualTo(onStatus.id());
        assertThat(poll.options()).isEqualTo(onStatus.options());
        assertThat(sim.last("GET", "/api/v1/polls/" + onStatus.id()).status()).isEqualTo(200);
    }

    @Test
    void aVoteSendsTheChoicesAndAnswersThePollWithIt() {
        String id = openPoll(true);

        Poll poll = polls.vote(id, List.of(0, 2));

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/polls/" + id + "/votes"))).containsEntry("choices[]", List.of("0", "2"));
        assertThat(poll.voted()).isTrue();
        assertThat(poll.ownVotes()).containsExactly(0, 2);
        assertThat(poll.options()).extracting(Poll.Option::votesCount).containsExactly(1L, 0L, 1L);
    }

    @Test
    void votingTwiceIsRefusedWithTheReason() {
        String id = openPoll(false);
        polls.vote(id, List.of(1));

        assertThatThrownBy(() -> polls.vote(id, List.of(0))).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("already voted");
    }

    @Test
    void anEndedPollRefusesVotes() {
        String id = sim.mastodon.statuses().get(sim.world().pollStatusIds().get(0)).poll().id();

        assertThatThrownBy(() -> polls.vote(id, List.of(0))).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("already ended");
    }
}
