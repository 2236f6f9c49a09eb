package dev.permafrost.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.ReplayServer;
import dev.permafrost.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server bug that would loop forever: a next link that points where the page came from. */
class StuckCursorTest {

    @Test
    void aWalkStopsWhenTheNextCursorDoesNotAdvance() {
        try (ReplayServer server = ReplayServer.start()) {
            String link = "<" + server.baseUri() + "/api/v1/timelines/home?limit=40&max_id=5>; rel=\"next\"";
            server.answer("GET", "/api/v1/timelines/home", 200, "[{\"id\":\"7\"},{\"id\":\"6\"}]",
                    Map.of("Content-Type", "application/json", "Link", link));
            Mastodon mastodon = Mastodon.builder().instance(server.baseUri().toString()).build();

            List<Status> all = mastodon.timelines().home(PageRequest.largest()).fetchRemaining(Direction.OLDER);

            assertThat(all).hasSize(4);
            assertThat(server.requests()).hasSize(2);
        }
    }
}
