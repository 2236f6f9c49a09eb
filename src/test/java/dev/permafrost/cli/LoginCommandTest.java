package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.auth.CredentialStore;
import dev.permafrost.client.auth.Login;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {
    @TempDir
    Path config;

    private SimServer sim;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Map<String, String> env() {
        return Map.of("PERMAFROST_CONFIG_DIR", config.toString());
    }

    private Login stored() {
        return new CredentialStore(config).login(URI.create(sim.baseUri().toString())).orElseThrow();
    }

    @Test
    void aPastedTokenIsCheckedAndStoredForLaterCommands() {
        Cli.Result login = Cli.run(env(), "login", "--instance", sim.baseUri().toString(),
                "--token", sim.world().userToken());

        assertThat(login.exitCode()).isZero();
        assertThat(login.err()).contains("Logged in to 127.0.0.1 as @" + sim.world().acct(sim.world().me()))
                .doesNotContain(sim.world().userToken());
        assertThat(stored().accessToken()).isEqualTo(sim.world().userToken());

        Cli.Result fetch = Cli.run(env(), "fetch", "home", "--limit", "2", "--instance", sim.baseUri().toString());
        assertThat(fetch.exitCode()).isZero();
        assertThat(fetch.lines()).hasSize(2);
    }

    @Test
    void withoutATerminalTheCodeFlowFinishesInASecondRunWithTheCode() throws Exception {
        Cli.Result first = Cli.run(env(), "login", "--instance", sim.baseUri().toString());
        assertThat(first.exitCode()).isZero();
        Matcher url = Pattern.compile("(http://\\S+/oauth/authorize\\S+)").matcher(first.err());
        assertThat(url.find()).as(first.err()).isTrue();
        assertThat(first.err()).contains("--code CODE");

        String code = approve(URI.create(url.group(1)));
        Cli.Result second = Cli.run(env(), "login", "--instance", sim.baseUri().toString(), "--code", code);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(stored().app()).isPresent();
        assertThat(sim.requests().count(r -> r.path().equals("/api/v1/apps"))).isEqualTo(1);
    }

    @Test
    void anInvalidTokenIsRefusedAndNothingIsStored() {
        Cli.Result login = Cli.run(env(), "login", "--instance", sim.baseUri().toString(), "--token", "bogus");

        assertThat(login.exitCode()).isEqualTo(1);
        assertThat(login.err()).contains("HTTP 401");
        assertThat(new CredentialStore(config).logins()).isEmpty();
    }

    @Test
    void aCodeWithoutAPendingLoginIsAUsageError() {
        Cli.Result login = Cli.run(env(), "login", "--instance", sim.baseUri().toString(), "--code", "abc");

        assertThat(login.exitCode()).isEqualTo(2);
        assertThat(login.err()).contains("no login is pending");
    }

    private static String approve(URI url) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher code = Pattern.compile("value=\"([^\"]+)\"").matcher(page);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
