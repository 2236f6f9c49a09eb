package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.UnsupportedVersionException;
import dev.permafrost.client.http.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionGateTest {
    private static final String METADATA = "{\"issuer\":\"x\",\"grant_types_supported\":[\"authorization_code\"]}";
    private ReplayServer server;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Mastodon client(boolean check) {
        return Mastodon.builder().instance(server.baseUri().toString()).checkVersions(check)
                .retryPolicy(RetryPolicy.none()).build();
    }

    private long requestsTo(String path) {
        return server.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    @Test
    void anEndpointNewerThanTheServerGivesAClearErrorWithoutBeingCalled() {
        server.answer("GET", "/api/v2/instance", 200, "{\"domain\":\"old.example\",\"version\":\"4.2.10\"}");

        assertThatThrownBy(() -> client(true).oauth().serverMetadata())
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("4.2.10")
                .hasMessageContaining("GET /.well-known/oauth-authorization-server needs 4.3.0");
        assertThat(requestsTo("/.well-known/oauth-authorization-server")).isZero();
    }

    @Test
    void theVersionIsAskedAtMostOncePerClient() {
        server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.5.0+glitch\"}");
        server.answer("GET", "/.well-known/oauth-authorization-server", 200, METADATA);
        Mastodon mastodon = client(true);

        mastodon.oauth().serverMetadata();
        mastodon.oauth().serverMetadata();

        assertThat(requestsTo("/api/v2/instance")).isEqualTo(1);
        assertThat(requestsTo("/.well-known/oauth-authorization-server")).isEqualTo(2);
    }

    @Test
    void endpointsOfTheOldestSupportedServerNeverProbe() {
        server.answer("GET", "/api/v1/timelines/home", 200, "[]");

        client(true).timelines().home(dev.permafrost.client.PageRequest.largest());

        assertThat(requestsTo("/api/v2/instance")).isZero();
    }

    @Test
    void aFailingProbeFailsOnceClearlyAndIsNotRepeated() {
        server.answer("GET", "/api/v2/instance", 500, "<html>oops</html>", java.util.Map.of("Content-Type", "text/html"));
        Mastodon mastodon = client(true);

        assertThatThrownBy(() -> mastodon.oauth().serverMetadata())
                .isInstanceOf(UnsupportedVersionException.class)
                .hasMessageContaining("Cannot tell which Mastodon version");
        assertThatThrownBy(() -> mastodon.oauth().serverMetadata())
                .isInstanceOf(UnsupportedVersionException.class);
        assertThat(requestsTo("/api/v2/instance")).isEqualTo(1);
    }

    @Test
    void aServerOlderThanFourIsAskedThroughTheFirstInstanceEndpoint() {
        server.answer("GET", "/api/v1/instance", 200, "{\"uri\":\"old.example\",\"version\":\"3.5.3\"}");

        assertThatThrownBy(() -> client(true).oauth().serverMetadata())
                .isInstanceOf(UnsupportedVersionException.class).hasMessageContaining("3.5.3");
    }

    @Test
    void theCheckCanBeTurnedOff() {
        server.answer("GET", "/.well-known/oauth-authorization-server", 200, METADATA);

        assertThat(client(false).oauth().serverMetadata()).isPresent();
        assertThat(requestsTo("/api/v2/instance")).isZero();
    }

    @Test
    void versionsAreReadLeniently() {
        assertThat(ServerVersion.parse("4.3.0-beta.1")).isEqualTo(new ServerVersion(4, 3, 0));
        assertThat(ServerVersion.parse("3.0.0 (compatible; Pleroma 2.6.0)")).isEqualTo(new ServerVersion(3, 0, 0));
        assertThat(ServerVersion.parse("4.2")).isEqualTo(new ServerVersion(4, 2, 0));
    }
}
