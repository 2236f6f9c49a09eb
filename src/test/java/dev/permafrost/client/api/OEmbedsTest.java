package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.OEmbed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No recording has an oEmbed answer; this one is written after the documentation. */
class OEmbedsTest {
    @Test
    void getSendsTheUrlAndSizesAndParsesTheEmbed() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/api/oembed", 200, "{\"type\":\"rich\",\"version\":\"1.0\",\"title\":\"New status by frost\","
                    + "\"author_name\":\"Frost\",\"author_url\":\"https://x.example/@frost\",\"provider_name\":\"x.example\","
                    + "\"provider_url\":\"https://x.example/\",\"cache_age\":86400,\"html\":\"<iframe src=\\\"https://x.example/@frost/1/embed\\\"></iframe>\","
                    + "\"width\":400,\"height\":null}");
            OEmbeds oembed = Mastodon.builder().instance(server.baseUri().toString()).build().oembed();

            OEmbed embed = oembed.get("https://x.example/@frost/1", 400, 0);

            assertThat(server.last("GET", "/api/oembed").query())
                    .isEqualTo(Map.of("url", List.of("https://x.example/@frost/1"), "maxwidth", List.of("400")));
            assertThat(embed.html()).startsWith("<iframe");
            assertThat(embed.cacheAge()).isEqualTo(86400L);
            assertThat(embed.height()).isNull();
        }
    }

    @Test
    void aBlankUrlIsRefused() {
        OEmbeds oembed = Mastodon.builder().instance("https://x.example").build().oembed();

        assertThatThrownBy(() -> oembed.get(" ", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
