package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.ServerErrorException;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.model.Cassettes;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {
    @Test
    void theSimsHealthCheckAnswersOkInPlainText() {
        try (SimServer server = SimServer.start(SimConfig.small())) {
            Health health = Mastodon.builder().instance(server.baseUri().toString()).build().health();

            assertThat(health.check()).isEqualTo("OK");
            assertThat(server.requests().last().orElseThrow().path()).isEqualTo("/health");
        }
    }

    @Test
    void theRecordedAnswerOfARealServerIsText() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Cassettes.load("test_health.yaml").interactions().get(0));

            String answer = Mastodon.builder().instance(server.baseUri().toString()).build().health().check();

            assertThat(answer).isEqualTo("OK");
            assertThat(server.last("GET", "/health").header("Accept")).contains("*/*");
        }
    }

    @Test
    void anUnhealthyServerFails() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/health", 503, "Service Unavailable", Map.of("Content-Type", "text/plain"));
            Health health = Mastodon.builder().instance(server.baseUri().toString()).retryPolicy(RetryPolicy.none()).build()
                    .health();

            assertThatThrownBy(health::check).isInstanceOf(ServerErrorException.class).hasMessageContaining("503");
        }
    }
}
