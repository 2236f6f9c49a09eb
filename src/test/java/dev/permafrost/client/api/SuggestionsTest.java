package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.model.Suggestion;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow suggestions, against recorded and documented answers. */
class SuggestionsTest {
    private ReplayServer server;
    private Mastodon mastodon;
    private String account;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        mastodon = Replays.client(server);
        account = Replays.recorded("test_account.yaml", "GET", "/api/v1/accounts/verify_credentials").response().body();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void suggestionsComeWithTheirReasonsAndTheLimitIsClamped() {
        server.answer("GET", "/api/v2/suggestions", 200,
                "[{\"source\":\"global\",\"sources\":[\"featured\",\"most_followed\"],\"account\":" + account + "}]");

        List<Suggestion> suggestions = mastodon.suggestions().list(500);

        assertThat(server.last("GET", "/api/v2/suggestions").param("limit")).contains("80");
        assertThat(suggestions).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.sources()).containsExactly("featured", "most_followed");
            assertThat(suggestion.account().acct()).isEqualTo("mastodonpy_test");
        });
    }

    @Test
    void noSuggestionsIsAnEmptyList() {
        server.replay(Replays.recorded("test_follow_suggestions.yaml", "GET", "/api/v2/suggestions"));

        assertThat(mastodon.suggestions().list(0)).isEmpty();
        assertThat(server.last("GET", "/api/v2/suggestions").param("limit")).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theFirstSuggestionsApiAnswersBareAccounts() {
        server.answer("GET", "/api/v1/suggestions", 200, "[" + account + "]");

        List<Account> accounts = mastodon.suggestions().listV1(10);

        assertThat(server.last("GET", "/api/v1/suggestions").param("limit")).contains("10");
        assertThat(accounts).extracting(Account::acct).containsExactly("mastodonpy_test");
    }

    @Test
    void aSuggestionIsRemovedByAccount() {
        server.answer("DELETE", "/api/v1/suggestions/123", 200, "{}");

        mastodon.suggestions().remove("123");

        assertThat(server.last("DELETE", "/api/v1/suggestions/123").method()).isEqualTo("DELETE");
    }
}
