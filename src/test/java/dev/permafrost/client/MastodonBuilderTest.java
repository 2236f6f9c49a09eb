package dev.permafrost.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.ratelimit.RequestFamily;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MastodonBuilderTest {

    @Test
    void aBareHostMeansHttps() {
        assertThat(Mastodon.builder().instance("mastodon.social").build().instance())
                .isEqualTo(URI.create("https://mastodon.social"));
    }

    @Test
    void plainHttpIsRefusedOffLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> Mastodon.builder().instance("http://mastodon.example").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-insecure-http");

        assertThat(Mastodon.builder().instance("http://mastodon.example").allowInsecureHttp().build().instance().getScheme())
                .isEqualTo("http");
        assertThat(Mastodon.builder().instance("http://127.0.0.1:8080").build().authority()).isEqualTo("127.0.0.1:8080");
        assertThat(Mastodon.builder().instance("http://localhost:3000/").build().instance())
                .isEqualTo(URI.create("http://localhost:3000"));
    }

    @Test
    void otherSchemesAndMissingHostsAreRefused() {
        assertThatThrownBy(() -> Mastodon.builder().instance("ftp://a.example").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> Mastodon.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no instance");
        assertThatThrownBy(() -> Mastodon.builder().instance("https://a.example/?x=1").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildingDoesNoNetworkIo() {
        Mastodon offline = Mastodon.builder().instance("https://does-not-exist.invalid").accessToken("t").build();

        assertThat(offline.authority()).isEqualTo("does-not-exist.invalid");
    }

    @Test
    void theAuthorityKeepsOnlyANonDefaultPort() {
        assertThat(Mastodon.builder().instance("https://a.example:443").build().authority()).isEqualTo("a.example");
        assertThat(Mastodon.builder().instance("https://A.example:8443").build().authority()).isEqualTo("a.example:8443");
    }

    @Test
    void defaultsFollowMastodonPy() {
        Mastodon mastodon = Mastodon.builder().instance("a.example").build();

        assertThat(mastodon.rateLimitMode()).isEqualTo(RateLimitMode.WAIT);
        assertThat(mastodon.paceFactor()).isEqualTo(1.1);
    }

    @Test
    void aDerivedClientSharesTheRateLimitOfItsToken() {
        Mastodon parent = Mastodon.builder().instance("a.example").accessToken("t").build();
        Mastodon child = parent.newBuilder().rateLimitMode(RateLimitMode.PACE).build();

        assertThat(child.rateLimitMode()).isEqualTo(RateLimitMode.PACE);
        assertThat(parent.rateLimitMode()).isEqualTo(RateLimitMode.WAIT);
        assertThat(child.rateLimit(RequestFamily.OTHER)).isEqualTo(parent.rateLimit(RequestFamily.OTHER));
    }

    @Test
    void preconditionsNameTheValue() {
        assertThatThrownBy(() -> Mastodon.builder().paceFactor(0)).hasMessageContaining("paceFactor");
        assertThatThrownBy(() -> Mastodon.builder().requestTimeout(java.time.Duration.ZERO)).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> RateLimitMode.parse("fast")).hasMessageContaining("throw, wait, pace");
    }
}
