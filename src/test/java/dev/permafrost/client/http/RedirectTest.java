package dev.permafrost.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.ReplayServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedirectTest {

    @Test
    void theAuthorizationHeaderIsNeverSentToAnotherHostAfterARedirect() {
        try (ReplayServer instance = ReplayServer.start(); ReplayServer elsewhere = ReplayServer.start()) {
            String target = "http://localhost:" + elsewhere.baseUri().getPort() + "/api/v1/accounts/verify_credentials";
            instance.answer("GET", "/api/v1/accounts/verify_credentials", 302, "", Map.of("Location", target));
            elsewhere.answer("GET", "/api/v1/accounts/verify_credentials", 200, "{\"id\":\"1\",\"acct\":\"me\"}");
            Mastodon mastodon = Mastodon.builder().instance(instance.baseUri().toString()).accessToken("secret-token").build();

            assertThat(mastodon.accounts().verifyCredentials().acct()).isEqualTo("me");

            assertThat(instance.last("GET", "/api/v1/accounts/verify_credentials").header("Authorization"))
                    .contains("Bearer secret-token");
            assertThat(elsewhere.last("GET", "/api/v1/accounts/verify_credentials").header("Authorization")).isEmpty();
        }
    }

    @Test
    void aRedirectOnTheSameHostKeepsTheToken() {
        try (ReplayServer instance = ReplayServer.start()) {
            instance.answer("GET", "/old", 301, "", Map.of("Location", "/api/v1/accounts/verify_credentials"));
            instance.answer("GET", "/api/v1/accounts/verify_credentials", 200, "{\"id\":\"1\",\"acct\":\"me\"}");
            Mastodon mastodon = Mastodon.builder().instance(instance.baseUri().toString()).accessToken("secret-token").build();

            mastodon.call("GET", "/old", Map.of());

            assertThat(instance.last("GET", "/api/v1/accounts/verify_credentials").header("Authorization"))
                    .contains("Bearer secret-token");
        }
    }
}
