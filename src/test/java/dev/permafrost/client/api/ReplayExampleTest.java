package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.model.Cassettes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pattern for testing a method against a recorded response: what was sent, what was parsed. */
class ReplayExampleTest {
    private ReplayServer server;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        mastodon = Mastodon.builder().instance(server.baseUri().toString()).accessToken("test-token").build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void verifyCredentialsSendsTheTokenAndParsesTheRecordedAccount() {
        server.replay(Cassettes.load("test_account.yaml").find("GET", "/api/v1/accounts/verify_credentials").get(0));

        Account me = mastodon.accounts().verifyCredentials();

        assertThat(me.acct()).isEqualTo("mastodonpy_test");
        assertThat(me.raw()).contains("\"username\":\"mastodonpy_test\"");
        assertThat(server.last("GET", "/api/v1/accounts/verify_credentials").header("Authorization"))
                .contains("Bearer test-token");
    }
}
