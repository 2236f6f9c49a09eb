package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.Account;
import dev.permafrost.model.Context;
import dev.permafrost.model.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading statuses and acting on them, against the simulator. */
class StatusesTest {
    private SimHarness sim;
    private Statuses statuses;
    private String publicId;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        statuses = sim.mastodon.statuses();
        publicId = sim.world().publicTimelineIds().get(3);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void oneStatusIsReadByItsId() {
        Status status = statuses.get(publicId);

        assertThat(status.id()).isEqualTo(publicId);
        assertThat(sim.last("GET", "/api/v1/statuses/" + publicId).method()).isEqualTo("GET");
    }

    @Test
    void severalStatusesAreReadInOneRequestWithRepeatedIds() {
        List<String> ids = sim.world().publicTimelineIds().subList(0, 3);

        List<Status> found = statuses.get(ids);

        assertThat(sim.last("GET", "/api/v1/statuses").queryAll("id[]")).containsExactlyElementsOf(ids);
        assertThat(found).extracting(Status::id).containsExactlyElementsOf(ids);
    }

    @Test
    void theContextHoldsTheRepliesOfAStatus() {
        String parent = statuses.post(StatusDraft.of("Question")).id();
        String reply = statuses.post(StatusDraft.builder().text("Answer").inReplyToId(parent).build()).id();

        Context context = statuses.context(parent);
        Context replyContext = statuses.context(reply);

        assertThat(context.descendants()).extracting(Status::id).containsExactly(reply);
        assertThat(replyContext.ancestors()).extracting(Status::id).containsExactly(parent);
        assertThat(sim.count("GET", "/api/v1/statuses/" + parent + "/context")).isEqualTo(1);
    }

    @Test
    void whoBoostedAndWhoFavouritedArePagesOfAccounts() {
        Page<Account> boosters = statuses.rebloggedBy(publicId, PageRequest.largest());
        Page<Account> favouriters = statuses.favouritedBy(publicId, PageRequest.largest());

        assertThat(sim.last("GET", "/api/v1/statuses/" + publicId + "/reblogged_by").query("limit")).contains("80");
        assertThat(sim.last("GET", "/api/v1/statuses/" + publicId + "/favourited_by").query("limit")).contains("80");
        Status status = statuses.get(publicId);
        assertThat(boosters.fetchRemaining(Direction.OLDER)).hasSize((int) status.reblogsCount());
        assertThat(favouriters.fetchRemaining(Direction.OLDER)).hasSize((int) status.favouritesCount());
    }

    @Test
    void favouritingAndUnfavouritingAnswerTheStatusAsItBecame() {
        Status favourited = statuses.favourite(publicId);
        Status unfavourited = statuses.unfavourite(publicId);

        assertThat(sim.last("POST", "/api/v1/statuses/" + publicId + "/favourite").status()).isEqualTo(200);
        assertThat(favourited.favourited()).isTrue();
        assertThat(unfavourited.favourited()).isFalse();
        assertThat(sim.last("POST", "/api/v1/statuses/" + publicId + "/unfavourite").status()).isEqualTo(200);
    }

    @Test
    void bookmarkingAddsTheStatusToTheBookmarks() {
        Status bookmarked = statuses.bookmark(publicId);

        assertThat(bookmarked.bookmarked()).isTrue();
        assertThat(sim.world().bookmarkedStatusIds().get(0)).isEqualTo(publicId);
        assertThat(statuses.unbookmark(publicId).bookmarked()).isFalse();
        assertThat(sim.world().bookmarkedStatusIds()).doesNotContain(publicId);
    }

    @Test
    void boostingAnswersTheBoostAndUnboostingTheOriginal() {
        Status boost = statuses.reblog(publicId, Visibility.UNLISTED);

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/statuses/" + publicId + "/reblog")))
                .containsEntry("visibility", List.of("unlisted"));
        assertThat(boost.reblog().id()).isEqualTo(publicId);
        assertThat(boost.reblog().reblogged()).isTrue();
        assertThat(boost.visibility()).isEqualTo("unlisted");
        assertThat(sim.world().homeTimelineIds().get(0)).isEqualTo(boost.id());

        Status original = statuses.unreblog(publicId);

        assertThat(original.id()).isEqualTo(publicId);
        assertThat(original.reblogged()).isFalse();
        assertThat(sim.world().homeTimelineIds()).doesNotContain(boost.id());
    }

    @Test
    void aPlainBoostIsPublicAndADirectOneIsRefusedBeforeSending() {
        assertThat(statuses.reblog(publicId).visibility()).isEqualTo("public");
        assertThat(SimHarness.form(sim.last("POST", "/api/v1/statuses/" + publicId + "/reblog"))).isEmpty();
        assertThatThrownBy(() -> statuses.reblog(publicId, Visibility.DIRECT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFollowersOnlyStatusOfSomeoneElseCannotBeBoosted() {
        String privateId = statuses.get(sim.world().homeTimelineIds().stream()
                .filter(id -> statuses.get(id).visibility().equals("private") && !statuses.get(id).account().id().equals(sim.world().me()))
                .findFirst().orElseThrow()).id();

        assertThatThrownBy(() -> statuses.reblog(privateId)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void mutingAThreadShowsOnTheStatus() {
        String own = statuses.post(StatusDraft.of("A thread")).id();

        assertThat(statuses.mute(own).muted()).isTrue();
        assertThat(sim.last("POST", "/api/v1/statuses/" + own + "/mute").status()).isEqualTo(200);
        assertThat(statuses.unmute(own).muted()).isFalse();
    }

    @Test
    void pinningMarksTheUsersOwnStatus() {
        String own = statuses.post(StatusDraft.of("Pin me")).id();

        assertThat(statuses.pin(own).pinned()).isTrue();
        assertThat(sim.last("POST", "/api/v1/statuses/" + own + "/pin").status()).isEqualTo(200);
        assertThat(statuses.unpin(own).pinned()).isFalse();
    }

    @Test
    void pinningSomeoneElsesStatusIsRefusedWithTheServersReason() {
        assertThatThrownBy(() -> statuses.pin(publicId)).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("cannot be pinned");
    }
}
