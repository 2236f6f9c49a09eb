package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.model.Status;
import dev.permafrost.model.Tag;
import dev.permafrost.model.TrendsLink;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrendsTest {
    private SimHarness sim;
    private Trends trends;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        trends = sim.client(null).trends();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void tagsPageByOffset() {
        Page<Tag> first = trends.tags(0, 5);
        Page<Tag> second = first.fetchNext().orElseThrow();

        RecordedRequest sent = sim.last("GET", "/api/v1/trends/tags");
        assertThat(sent.query("offset")).contains("5");
        assertThat(sent.query("limit")).contains("5");
        assertThat(first.items()).hasSize(5).allSatisfy(tag -> assertThat(tag.history()).isNotEmpty());
        assertThat(second.items()).hasSize(5).doesNotContainAnyElementsOf(first.items());
        assertThat(second.previous()).isPresent();
    }

    @Test
    void aLimitAboveTheMaximumAsksForTheMaximum() {
        trends.tags(0, 1000);

        assertThat(sim.last("GET", "/api/v1/trends/tags").query("limit")).contains("20");
    }

    @Test
    void statusesComeInTheServersDefaultPageSize() {
        Page<Status> page = trends.statuses(0, 0);

        assertThat(page.items()).hasSize(20);
        assertThat(sim.last("GET", "/api/v1/trends/statuses").query()).isEmpty();
        assertThat(page.next().orElseThrow().param("offset")).contains("20");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theOldPathOfTrendingTagsStillAnswers() {
        List<Tag> tags = trends.tagsV1(0, 3).items();

        assertThat(tags).hasSize(3);
        assertThat(sim.last("GET", "/api/v1/trends").query("limit")).contains("3");
    }

    @Test
    void linksAreParsedAsPreviewCardsWithHistory() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/api/v1/trends/links", 200, "[{\"url\":\"https://news.example/a\",\"title\":\"A\","
                    + "\"description\":\"\",\"type\":\"link\",\"author_name\":\"\",\"author_url\":\"\",\"provider_name\":\"News\","
                    + "\"provider_url\":\"\",\"html\":\"\",\"width\":400,\"height\":200,\"image\":null,\"embed_url\":\"\","
                    + "\"blurhash\":null,\"history\":[{\"day\":\"1700000000\",\"uses\":\"4\",\"accounts\":\"3\"}]}]");
            Trends real = Mastodon.builder().instance(server.baseUri().toString()).build().trends();

            Page<TrendsLink> page = real.links(10, 10);

            assertThat(page.items()).singleElement().satisfies(link -> {
                assertThat(link.providerName()).isEqualTo("News");
                assertThat(link.history().get(0).uses()).isEqualTo("4");
            });
            assertThat(server.last("GET", "/api/v1/trends/links").query())
                    .isEqualTo(java.util.Map.of("offset", List.of("10"), "limit", List.of("10")));
            assertThat(page.next()).isEmpty();
            assertThat(page.previous().orElseThrow().param("offset")).contains("0");
        }
    }
}
