package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Announcement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No recording has an announcement; the answers are written after the documentation. */
class AnnouncementsTest {
    private ReplayServer server;
    private Announcements announcements;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        announcements = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().announcements();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listAsksForDismissedOnesOnlyWhenToldAndParsesReactions() {
        server.answer("GET", "/api/v1/announcements", 200, "[{\"id\":\"8\",\"content\":\"<p>Maintenance</p>\","
                + "\"starts_at\":null,\"ends_at\":null,\"all_day\":false,\"published_at\":\"2024-05-31T10:00:00.000Z\","
                + "\"updated_at\":\"2024-05-31T10:00:00.000Z\",\"read\":true,\"mentions\":[],\"statuses\":[],\"tags\":[],"
                + "\"emojis\":[],\"reactions\":[{\"name\":\"\\uD83D\\uDC4D\",\"count\":3,\"me\":true}]}]");

        List<Announcement> current = announcements.list(false);
        List<Announcement> all = announcements.list(true);

        assertThat(server.requests().get(0).query()).isEmpty();
        assertThat(server.last("GET", "/api/v1/announcements").param("with_dismissed")).contains("true");
        assertThat(current).singleElement().satisfies(a -> assertThat(a.reactions().get(0).me()).isTrue());
        assertThat(all).hasSize(1);
    }

    @Test
    void dismissAndReactionsUseThePathOnly() {
        server.answer("POST", "/api/v1/announcements/8/dismiss", 200, "{}");
        server.answer("PUT", "/api/v1/announcements/8/reactions/👍", 200, "{}");
        server.answer("DELETE", "/api/v1/announcements/8/reactions/blobcat", 200, "{}");

        announcements.dismiss("8");
        announcements.addReaction("8", "👍");
        announcements.removeReaction("8", "blobcat");

        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /api/v1/announcements/8/dismiss", "PUT /api/v1/announcements/8/reactions/👍",
                "DELETE /api/v1/announcements/8/reactions/blobcat");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.body()).isEmpty());
    }
}
