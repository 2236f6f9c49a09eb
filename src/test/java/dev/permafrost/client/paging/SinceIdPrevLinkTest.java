package dev.permafrost.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.ReplayServer;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Some servers put since_id in the prev link; following it as is would skip part of a gap. */
class SinceIdPrevLinkTest {

    @Test
    void aForwardSyncTurnsASinceIdPrevLinkIntoMinId() {
        try (ReplayServer server = ReplayServer.start()) {
            String path = "/api/v1/timelines/home";
            server.answer("GET", path, 200, "[{\"id\":\"12\"},{\"id\":\"11\"}]", Map.of("Content-Type", "application/json",
                    "Link", "<" + server.baseUri() + path + "?limit=40&since_id=12>; rel=\"prev\""));
            server.answer("GET", path, 200, "[]");
            Mastodon mastodon = Mastodon.builder().instance(server.baseUri().toString()).build();

            List<String> synced = new ArrayList<>();
            ForwardSync.from(mastodon.timelines()::home, Timelines.HOME.paging(), "10", Status::id)
                    .forEachRemaining(page -> page.items().forEach(status -> synced.add(status.id())));

            assertThat(synced).containsExactly("11", "12");
            ReplayServer.Received second = server.requests().get(1);
            assertThat(second.param("min_id")).contains("12");
            assertThat(second.param("since_id")).isEmpty();
            assertThat(second.param("limit")).contains("40");
        }
    }
}
