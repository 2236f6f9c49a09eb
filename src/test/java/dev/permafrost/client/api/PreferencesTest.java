package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import org.junit.jupiter.api.Test;

/** The user's preferences, against a recorded answer. */
class PreferencesTest {
    @Test
    void thePreferencesWithColonsInTheirNamesAreParsed() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Replays.recorded("test_preferences.yaml", "GET", "/api/v1/preferences"));
            Mastodon mastodon = Replays.client(server);

            dev.permafrost.model.Preferences preferences = mastodon.preferences().get();

            assertThat(server.last("GET", "/api/v1/preferences").header("Authorization")).contains("Bearer test-token");
            assertThat(preferences.postingDefaultVisibility()).isEqualTo("unlisted");
            assertThat(preferences.postingDefaultSensitive()).isTrue();
            assertThat(preferences.postingDefaultQuotePolicy()).isEqualTo("public");
            assertThat(preferences.readingExpandMedia()).isEqualTo("default");
        }
    }
}
