package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static SimServer server;
    private static Api api;
    private static List<String> publicIds;

    @BeforeAll
    static void start() {
        server = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited())
                .notifications(200).domainBlocks(250).build());
        api = new Api(server);
        publicIds = server.world().publicTimelineIds();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void maxIdReturnsOnlyOlderItemsNewestFirst() {
        Api.Answer page = api.get("/api/v1/timelines/public?limit=5&max_id=" + publicIds.get(5));

        assertThat(page.ids()).containsExactlyElementsOf(publicIds.subList(6, 11));
    }

    @Test
    void sinceIdReturnsTheNewestPageAndSkipsTheOlderPartOfAGap() {
        Api.Answer page = api.get("/api/v1/timelines/public?limit=5&since_id=" + publicIds.get(30));

        assertThat(page.ids()).containsExactlyElementsOf(publicIds.subList(0, 5));
    }

    @Test
    void minIdReturnsTheItemsImmediatelyNewerStillNewestFirst() {
        Api.Answer page = api.get("/api/v1/timelines/public?limit=5&min_id=" + publicIds.get(30));

        assertThat(page.ids()).containsExactlyElementsOf(publicIds.subList(25, 30));
    }

    @Test
    void minIdAndMaxIdTogetherBoundThePage() {
        Api.Answer page = api.get("/api/v1/timelines/public?limit=10&min_id=" + publicIds.get(30) + "&max_id=" + publicIds.get(27));

        assertThat(page.ids()).containsExactlyElementsOf(publicIds.subList(28, 30));
    }

    @Test
    void statusPagesHoldTwentyByDefault() {
        assertThat(api.get("/api/v1/timelines/public").ids()).hasSize(20);
    }

    @Test
    void statusPagesHoldFortyAtMostAndLargerLimitsAreClamped() {
        assertThat(api.get("/api/v1/timelines/public?limit=40").ids()).hasSize(40);
        assertThat(api.get("/api/v1/timelines/public?limit=500").ids()).hasSize(40);
    }

    @Test
    void notificationPagesHoldFortyByDefaultAndEightyAtMost() {
        String token = server.world().userToken();

        assertThat(api.get("/api/v1/notifications", token).ids()).hasSize(40);
        assertThat(api.get("/api/v1/notifications?limit=1000", token).ids()).hasSize(80);
    }

    @Test
    void domainBlockPagesHoldAHundredByDefaultAndTwoHundredAtMost() {
        String token = server.world().userToken();

        assertThat(api.get("/api/v1/domain_blocks", token).json().size()).isEqualTo(100);
        assertThat(api.get("/api/v1/domain_blocks?limit=300", token).json().size()).isEqualTo(200);
    }

    @Test
    void nextLinkComesOnlyWithAFullPage() {
        int total = publicIds.size();
        Api.Answer full = api.get("/api/v1/timelines/public?limit=5");
        Api.Answer partial = api.get("/api/v1/timelines/public?limit=5&max_id=" + publicIds.get(total - 3));

        assertThat(full.link("next")).isPresent();
        assertThat(partial.ids()).hasSize(2);
        assertThat(partial.link("next")).isEmpty();
        assertThat(partial.link("prev")).isPresent();
    }

    @Test
    void anEmptyPageHasNoLinkHeader() {
        Api.Answer empty = api.get("/api/v1/timelines/public?limit=5&min_id=" + publicIds.get(0));

        assertThat(empty.ids()).isEmpty();
        assertThat(empty.header("Link")).isEmpty();
    }

    @Test
    void linksCarryTheEdgeIdsAbsoluteOnTheServersBaseUrl() {
        Api.Answer page = api.get("/api/v1/timelines/public?limit=5&max_id=" + publicIds.get(9));

        assertThat(page.link("next")).hasValue(server.baseUri() + "/api/v1/timelines/public?limit=5&max_id=" + publicIds.get(14));
        assertThat(page.link("prev")).hasValue(server.baseUri() + "/api/v1/timelines/public?limit=5&min_id=" + publicIds.get(10));
    }

    @Test
    void linksKeepTheOtherParametersSortedByNameLikeRails() {
        Api.Answer page = api.get("/api/v1/notifications?types[]=mention&types[]=favourite&limit=2&exclude_types[]=follow",
                server.world().userToken());

        assertThat(page.link("next").orElseThrow()).matches(".*/api/v1/notifications\\?exclude_types%5B%5D=follow&limit=2"
                + "&max_id=\\d+&types%5B%5D=mention&types%5B%5D=favourite");
    }

    @Test
    void followingNextLinksVisitsEveryItemOnceNewestFirst() {
        assertThat(api.walk("/api/v1/timelines/public?limit=40", null)).containsExactlyElementsOf(publicIds);
    }

    @Test
    void aLimitOfZeroGivesAnEmptyPage() {
        assertThat(api.get("/api/v1/timelines/public?limit=0").ids()).isEmpty();
    }
}
