package dev.permafrost.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void hidesSecretQueryValuesAndKeepsTheRest() {
        String url = Redactor.url(URI.create("https://a.example/oauth/token?code=abc&client_secret=s3&grant_type=x&access_token=t0k"));

        assertThat(url).doesNotContain("abc", "s3", "t0k").contains("grant_type=x", "code=<redacted>");
    }

    @Test
    void hidesAuthorizationHeaderValues() {
        assertThat(Redactor.header("Authorization", "Bearer abc123")).isEqualTo("<redacted>");
        assertThat(Redactor.header("Accept", "application/json")).isEqualTo("application/json");
    }

    @Test
    void hidesBearerTokensInFreeText() {
        assertThat(Redactor.text("failed with Bearer abc.DEF-123 sent")).doesNotContain("abc.DEF-123");
    }
}
