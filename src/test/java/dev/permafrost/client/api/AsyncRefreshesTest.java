package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.AsyncRefresh;
import org.junit.jupiter.api.Test;

/** No recording has an async refresh; the answer is written after the documentation. */
class AsyncRefreshesTest {
    @Test
    void getUnwrapsTheRefresh() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.4.3\"}");
            server.answer("GET", "/api/v1_alpha/async_refreshes/ImNvbnRleHQ", 200,
                    "{\"async_refresh\":{\"id\":\"ImNvbnRleHQ\",\"status\":\"finished\",\"result_count\":7}}");
            AsyncRefreshes refreshes = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build()
                    .asyncRefreshes();

            AsyncRefresh refresh = refreshes.get("ImNvbnRleHQ");

            assertThat(refresh.status()).isEqualTo("finished");
            assertThat(refresh.resultCount()).isEqualTo(7L);
            assertThat(server.last("GET", "/api/v1_alpha/async_refreshes/ImNvbnRleHQ").header("Authorization"))
                    .contains("Bearer t");
        }
    }
}
