package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.WebPushSubscription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the recordings of Mastodon.py's push tests. */
class PushTest {
    private static final String P256DH = "BKVGQPP3N11HgDaNnijkMZ7TNyhXzPQeho71LwdJKIgy4e3iBwb8e11Gudw/jS28llW5pvPv48OnoirwouofYCM=";
    private static final String AUTH = "W3Xev5x9tIFmupVnHSiLcg==";
    private static final Push.Subscription DEVICE = new Push.Subscription("https://push.example/send/abc123", P256DH, AUTH, false);

    private final Cassettes.Cassette update = Cassettes.load("test_push_update.yaml");
    private ReplayServer server;
    private Push push;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        push = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().push();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void subscribeSendsTheEndpointKeysAlertsAndPolicy() {
        server.replay(update.find("POST", "/api/v1/push/subscription").get(0));

        WebPushSubscription subscription = push.subscribe(DEVICE, Push.Alerts.of("mention", "follow").from(Push.Policy.FOLLOWED));

        assertThat(server.last("POST", "/api/v1/push/subscription").form()).isEqualTo(Map.of(
                "subscription[endpoint]", List.of("https://push.example/send/abc123"),
                "subscription[keys][p256dh]", List.of(P256DH),
                "subscription[keys][auth]", List.of(AUTH),
                "data[alerts][mention]", List.of("true"),
                "data[alerts][follow]", List.of("true"),
                "data[policy]", List.of("followed")));
        assertThat(subscription.serverKey()).startsWith("BAhx");
        assertThat(subscription.alerts()).containsEntry("mention", false);
    }

    @Test
    void updateReplacesTheAlertsAndGetReadsThem() {
        server.replay(update.find("PUT", "/api/v1/push/subscription").get(0));
        server.replay(update.find("GET", "/api/v1/push/subscription").get(0));

        WebPushSubscription updated = push.update(Push.Alerts.of("mention", "reblog", "follow", "favourite"));
        WebPushSubscription read = push.get();

        assertThat(server.last("PUT", "/api/v1/push/subscription").form()).containsEntry("data[policy]", List.of("all"))
                .containsEntry("data[alerts][reblog]", List.of("true")).doesNotContainKey("subscription[endpoint]");
        assertThat(updated.alerts()).containsEntry("reblog", true);
        assertThat(read.policy()).isEqualTo("all");
    }

    @Test
    void unsubscribeRemovesTheSubscription() {
        Cassettes.Cassette delete = Cassettes.load("test_push_delete.yaml");
        server.replay(delete.find("DELETE", "/api/v1/push/subscription").get(0));
        server.replay(delete.find("GET", "/api/v1/push/subscription").get(0));

        push.unsubscribe();

        assertThat(server.last("DELETE", "/api/v1/push/subscription").body()).isEmpty();
        assertThatThrownBy(push::get).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theKeysAndTheEndpointsPathAppearInNoTextAboutTheSubscription() {
        server.answer("POST", "/api/v1/push/subscription", 422, "{\"error\":\"Validation failed: Endpoint is invalid\"}");

        assertThat(DEVICE.toString()).doesNotContain(P256DH, AUTH, "abc123").contains("https://push.example");
        assertThatThrownBy(() -> push.subscribe(DEVICE, Push.Alerts.of("mention")))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("Endpoint is invalid")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(P256DH, AUTH, "abc123"));
    }
}
