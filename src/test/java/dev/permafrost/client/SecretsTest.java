package dev.permafrost.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.permafrost.client.auth.AppCredentials;
import dev.permafrost.client.auth.Login;
import dev.permafrost.client.auth.Pkce;
import dev.permafrost.client.http.HttpLogger;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.sim.Fault;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tokens and secrets never reach a log line, an exception message or a toString. */
class SecretsTest {
    private static final String SECRET = "s3cr3t-client-secret";

    /** Captures every line the client would log, headers included. */
    private static final class CapturingLogger implements HttpLogger {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean logsExchanges() {
            return true;
        }

        @Override
        public boolean logsHeaders() {
            return true;
        }

        @Override
        public void log(String line) {
            lines.add(line);
        }
    }

    @Test
    void theExchangeLogShowsHeadersButNeverTheToken() {
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            String token = sim.world().userToken();
            CapturingLogger log = new CapturingLogger();
            Mastodon mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(token)
                    .httpLogger(log).build();

            mastodon.accounts().verifyCredentials();

            assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("> Authorization: <redacted>"));
            assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("verify_credentials -> 200"));
            assertThat(String.join("\n", log.lines)).doesNotContain(token);
        }
    }

    @Test
    void errorsNeverCarryTheTokenOrSecretParameters() {
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            String token = sim.world().userToken();
            sim.faults().always(Fault.serverError(500));
            CapturingLogger log = new CapturingLogger();
            Mastodon mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(token)
                    .httpLogger(log).retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1))).build();

            Throwable failure = catchThrowable(() -> mastodon.call("GET", "/api/v1/timelines/home",
                    Map.of("access_token", token, "client_secret", SECRET)));

            assertThat(failure).isInstanceOf(ServerErrorException.class);
            assertThat(failure.getMessage()).doesNotContain(token).doesNotContain(SECRET).contains("<redacted>");
            assertThat(((MastodonException) failure).url()).doesNotContain(token);
            assertThat(String.join("\n", log.lines)).doesNotContain(token).doesNotContain(SECRET);
        }
    }

    @Test
    void toStringHidesTokensAndSecrets() {
        String token = "tok-" + "abcdef123456";
        AppCredentials app = new AppCredentials(URI.create("https://a.example"), "Permafrost", "id", SECRET, List.of(), List.of());
        Mastodon mastodon = Mastodon.builder().instance("https://a.example").accessToken(token).build();

        assertThat(mastodon.toString()).doesNotContain(token).contains("<redacted>");
        assertThat(mastodon.newBuilder().toString()).doesNotContain(token);
        assertThat(app.toString()).doesNotContain(SECRET);
        assertThat(new Login(URI.create("https://a.example"), token, "read", "me", null, Optional.of(app)).toString())
                .doesNotContain(token).doesNotContain(SECRET);
        assertThat(Pkce.generate().toString()).contains("verifier=<redacted>");
        assertThat(Params.empty().with("password", SECRET).toString()).doesNotContain(SECRET);
    }
}
