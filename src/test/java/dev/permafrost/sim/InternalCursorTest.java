package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InternalCursorTest {
    private static SimServer server;
    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        server = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
        api = new Api(server);
        token = server.world().userToken();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void favouritesPageByHiddenFavouriteIdsThatAreNeverStatusIds() {
        Set<String> cursors = new HashSet<>();
        List<String> statusIds = new ArrayList<>();
        String next = "/api/v1/favourites?limit=10";
        while (next != null) {
            Api.Answer page = api.get(next, token);
            statusIds.addAll(page.ids());
            page.link("prev").ifPresent(link -> cursors.add(link.replaceAll(".*min_id=", "")));
            next = page.link("next").orElse(null);
            if (next != null) {
                cursors.add(next.replaceAll(".*max_id=", ""));
            }
        }

        assertThat(statusIds).containsExactlyElementsOf(server.world().favouritedStatusIds());
        assertThat(cursors).isNotEmpty().doesNotContainAnyElementsOf(statusIds);
    }

    @Test
    void favouritesHonourMinIdWithTheirHiddenIds() {
        Api.Answer first = api.get("/api/v1/favourites?limit=5", token);
        Api.Answer second = api.get(first.link("next").orElseThrow(), token);

        Api.Answer back = api.get(second.link("prev").orElseThrow(), token);

        assertThat(second.link("prev").orElseThrow()).contains("min_id=");
        assertThat(back.ids()).containsExactlyElementsOf(first.ids());
    }

    @Test
    void followersPageByFollowIdsAndTheirPrevLinkCarriesSinceId() {
        Api.Answer page = api.get("/api/v1/accounts/" + server.world().me() + "/followers?limit=5");

        String prev = page.link("prev").orElseThrow();
        String next = page.link("next").orElseThrow();
        assertThat(prev).contains("since_id=").doesNotContain("min_id");
        assertThat(page.ids()).doesNotContain(prev.replaceAll(".*since_id=", ""), next.replaceAll(".*max_id=", ""));
    }

    @Test
    void accountListsIgnoreMinIdAndAnswerTheNewestPage() {
        String followers = "/api/v1/accounts/" + server.world().me() + "/followers?limit=5";
        Api.Answer newest = api.get(followers);
        String oldCursor = api.get(newest.link("next").orElseThrow()).link("next").orElseThrow().replaceAll(".*max_id=", "");

        for (String path : List.of(followers, "/api/v1/blocks?limit=2", "/api/v1/mutes?limit=2", "/api/v1/domain_blocks?limit=2")) {
            String plain = api.get(path, token).text();
            assertThat(api.get(path + "&min_id=" + oldCursor, token).text()).as(path).isEqualTo(plain);
        }
    }

    @Test
    void walkingFollowersByNextLinksGivesEveryFollowerOnce() {
        List<String> ids = api.walk("/api/v1/accounts/" + server.world().me() + "/followers?limit=7", token);

        assertThat(ids).containsExactlyElementsOf(server.world().followerIds());
    }

    @Test
    void domainBlocksAreBareStrings() {
        Api.Answer page = api.get("/api/v1/domain_blocks", token);

        assertThat(page.json().size()).isEqualTo(server.world().domainBlocksCount());
        assertThat(page.json().get(0).isTextual()).isTrue();
        assertThat(page.json().get(0).asText()).endsWith(".spam.example");
    }

    @Test
    void rebloggedByPagesByBoostIdsNotAccountIds() {
        String status = server.world().publicTimelineIds().stream()
                .filter(id -> api.get("/api/v1/statuses/" + id).json().get("reblogs_count").asInt() >= 3)
                .findFirst().orElseThrow();

        Api.Answer page = api.get("/api/v1/statuses/" + status + "/reblogged_by?limit=2");

        assertThat(page.ids()).hasSize(2);
        assertThat(page.link("next").orElseThrow().replaceAll(".*max_id=", "")).isNotIn(page.ids());
        assertThat(page.link("prev").orElseThrow()).contains("since_id=");
    }

    @Test
    void favouritedByListsAsManyAccountsAsTheFavouritesCount() {
        String status = server.world().publicTimelineIds().get(3);
        int count = api.get("/api/v1/statuses/" + status).json().get("favourites_count").asInt();

        assertThat(api.walk("/api/v1/statuses/" + status + "/favourited_by?limit=80", null)).hasSize(count);
    }

    @Test
    void conversationsPageByTheIdOfTheirLastStatus() {
        Api.Answer page = api.get("/api/v1/conversations?limit=2", token);

        String cursor = page.link("next").orElseThrow().replaceAll(".*max_id=", "");
        assertThat(page.json().get(1).get("last_status").get("id").asText()).isEqualTo(cursor);
        assertThat(page.json().get(1).get("id").asText()).isNotEqualTo(cursor);
    }
}
