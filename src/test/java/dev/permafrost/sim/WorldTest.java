package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorldTest {
    private static final SimConfig SMALL = SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build();

    @Test
    void theSameSeedGivesTheSameJson() {
        try (SimServer one = SimServer.start(SMALL); SimServer two = SimServer.start(SMALL)) {
            String first = new Api(one).get("/api/v1/timelines/public?limit=40").text().replace(one.authority(), "HOST");
            String second = new Api(two).get("/api/v1/timelines/public?limit=40").text().replace(two.authority(), "HOST");

            assertThat(first).isEqualTo(second);
            assertThat(one.world().userToken()).isEqualTo(two.world().userToken());
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        World one = World.generate(SMALL);
        World two = World.generate(SMALL.toBuilder().seed(7).build());

        assertThat(one.publicTimelineIds()).isNotEqualTo(two.publicTimelineIds());
    }

    @Test
    void idsAreSnowflakesOfTheirCreationTime() {
        try (SimServer server = SimServer.start(SMALL)) {
            JsonNode status = new Api(server).get("/api/v1/timelines/public?limit=1").json().get(0);

            long id = Long.parseLong(status.get("id").asText());
            assertThat(Instant.ofEpochMilli(id >>> 16)).isEqualTo(Instant.parse(status.get("created_at").asText()));
        }
    }

    @Test
    void idsAreUniqueOnlyPerInstance() {
        assertThat(World.generate(SMALL).publicTimelineIds()).isEqualTo(World.generate(SMALL).publicTimelineIds());
    }

    @Test
    void opaqueIdsAreNotNumbersButStillPageInOrder() {
        try (SimServer server = SimServer.start(SMALL.toBuilder().opaqueIds(true).build())) {
            Api api = new Api(server);
            List<String> ids = server.world().publicTimelineIds();

            List<String> walked = api.walk("/api/v1/timelines/public?limit=7", null);
            List<String> page = api.get("/api/v1/timelines/public?limit=3&min_id=" + ids.get(10)).ids();

            assertThat(ids).allSatisfy(id -> assertThat(id).doesNotMatch("\\d+"));
            assertThat(walked).containsExactlyElementsOf(ids);
            assertThat(page).containsExactlyElementsOf(ids.subList(7, 10));
            assertThat(api.get("/api/v1/accounts/" + server.world().me()).json().get("username").asText()).isEqualTo("alice");
        }
    }

    @Test
    void theWorldKnowsWhichAccountsOptOut() {
        try (SimServer server = SimServer.start(SMALL)) {
            Api api = new Api(server);
            String hidden = server.world().optedOutAccountIds(World.OptOut.NOT_DISCOVERABLE).iterator().next();
            String noindex = server.world().optedOutAccountIds(World.OptOut.NOINDEX).iterator().next();
            String nobot = server.world().optedOutAccountIds(World.OptOut.NOBOT).iterator().next();
            String noarchive = server.world().optedOutAccountIds(World.OptOut.NOARCHIVE).iterator().next();

            assertThat(api.get("/api/v1/accounts/" + hidden).json().get("discoverable").asBoolean()).isFalse();
            assertThat(api.get("/api/v1/accounts/" + noindex).json().get("noindex").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/accounts/" + nobot).json().get("note").asText()).contains("#<span>nobot</span>");
            assertThat(api.get("/api/v1/accounts/" + noarchive).json().get("note").asText()).contains("#<span>noarchive</span>");
            assertThat(server.world().optedOutAccountIds()).contains(hidden, noindex, nobot, noarchive)
                    .doesNotContain(server.world().me());
        }
    }

    @Test
    void statusesLookLikeARealServersAtAboutThreeKilobytes() {
        try (SimServer server = SimServer.start(SMALL)) {
            Api.Answer page = new Api(server).get("/api/v1/timelines/public?limit=40");

            assertThat(page.body().length / 40).isBetween(2000, 6000);
            JsonNode status = page.json().get(0);
            assertThat(status.fieldNames()).toIterable().contains("id", "created_at", "content", "account", "media_attachments",
                    "mentions", "tags", "emojis", "card", "poll", "visibility", "language", "uri", "url", "edited_at", "reblog");
        }
    }

    @Test
    void newStatusesArriveOnHomePublicAccountAndTagTimelines() {
        World world = World.generate(SMALL);

        String home = world.postStatuses(1, Where.home()).get(0);
        String open = world.postStatuses(1, Where.publicTimeline()).get(0);
        String tagged = world.postStatuses(1, Where.tag("caturday")).get(0);
        String mine = world.postStatus(world.me(), "Mine");

        assertThat(world.homeTimelineIds().subList(0, 2)).containsExactly(mine, home);
        assertThat(world.publicTimelineIds().subList(0, 4)).containsExactly(mine, tagged, open, home);
        assertThat(world.accountStatusIds(world.me()).get(0)).isEqualTo(mine);
        assertThat(world.homeTimelineIds()).doesNotContain(open, tagged);
    }

    @Test
    void aTagTimelineShowsANewlyTaggedStatusFirst() {
        try (SimServer server = SimServer.start(SMALL)) {
            String id = server.world().postStatuses(1, Where.tag("caturday")).get(0);

            assertThat(new Api(server).get("/api/v1/timelines/tag/caturday?limit=1").ids()).containsExactly(id);
        }
    }

    @Test
    void aBackdatedStatusAppearsBelowACursorAlreadyPassed() {
        try (SimServer server = SimServer.start(SMALL)) {
            Api api = new Api(server);
            List<String> ids = server.world().publicTimelineIds();
            String passed = ids.get(ids.size() / 2);
            Instant old = Instant.parse(api.get("/api/v1/statuses/" + passed).json().get("created_at").asText()).minusSeconds(1);

            String backdated = server.world().addBackdatedStatus(Where.publicTimeline(), old);

            assertThat(api.get("/api/v1/timelines/public?limit=40&min_id=" + passed).ids()).doesNotContain(backdated);
            assertThat(api.walk("/api/v1/timelines/public?limit=40&max_id=" + passed, null)).contains(backdated);
        }
    }

    @Test
    void aHookCanAddStatusesBetweenTwoRequestsOfACrawl() {
        try (SimServer server = SimServer.start(SMALL)) {
            Api api = new Api(server);
            String token = server.world().userToken();
            AtomicBoolean once = new AtomicBoolean();
            List<String> added = new ArrayList<>();
            server.world().onRequest(request -> {
                if (request.path().equals("/api/v1/timelines/home") && once.compareAndSet(false, true)) {
                    added.addAll(server.world().postStatuses(3, Where.home()));
                }
            });

            Api.Answer first = api.get("/api/v1/timelines/home?limit=5", token);
            Api.Answer newer = api.get(first.link("prev").orElseThrow(), token);

            assertThat(first.ids()).doesNotContainAnyElementsOf(added);
            assertThat(newer.ids()).containsExactlyInAnyOrderElementsOf(added);
        }
    }

    @Test
    void addedNotificationsFavouritesAndFollowersShowUpFirst() {
        try (SimServer server = SimServer.start(SMALL)) {
            Api api = new Api(server);
            String token = server.world().userToken();

            List<String> notifications = server.world().addNotifications(2);
            List<String> favourites = server.world().addFavourites(2);
            List<String> followers = server.world().addFollowers(1);

            assertThat(api.get("/api/v1/notifications?limit=2", token).ids()).containsExactlyInAnyOrderElementsOf(notifications);
            assertThat(api.get("/api/v1/favourites?limit=2", token).ids()).containsExactly(favourites.get(1), favourites.get(0));
            assertThat(api.get("/api/v1/accounts/" + server.world().me() + "/followers?limit=1").ids()).isEqualTo(followers);
        }
    }

    @Test
    void aRemovedFollowerLeavesTheList() {
        World world = World.generate(SMALL);
        String follower = world.followerIds().get(0);

        assertThat(world.removeFollower(follower)).isTrue();
        assertThat(world.followerIds()).doesNotContain(follower);
        assertThat(world.followersCount()).isEqualTo(SMALL.followers() - 1);
    }

    @Test
    void aMillionStatusWorldPagesLikeASmallOne() {
        try (SimServer server = SimServer.start(SimConfig.large())) {
            Api api = new Api(server);
            List<String> firstPage = api.get("/api/v1/timelines/public?limit=40").ids();
            String deep = api.get("/api/v1/timelines/public?limit=40&max_id=" + firstPage.get(39)).ids().get(0);

            assertThat(server.world().publicTimelineCount()).isGreaterThanOrEqualTo(1_000_000);
            assertThat(firstPage).hasSize(40);
            assertThat(Long.parseLong(deep)).isLessThan(Long.parseLong(firstPage.get(39)));
        }
    }
}
