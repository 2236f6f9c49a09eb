package dev.permafrost.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.BadRequestException;
import dev.permafrost.client.ClientErrorException;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.UnauthorizedException;
import dev.permafrost.model.OAuthServerMetadata;
import dev.permafrost.model.Token;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** App registration and the OAuth flows against the simulator, which approves for its main user. */
class OAuthTest {
    private SimServer sim;
    private Mastodon anonymous;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        anonymous = Mastodon.builder().instance(sim.baseUri().toString()).build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** What a person does in the browser: open the URL, read the code the instance shows. */
    static String approve(URI authorizationUrl) throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(authorizationUrl).build(), HttpResponse.BodyHandlers.ofString());
        Matcher code = Pattern.compile("class=\"oauth-code\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(code.find()).as("the page shows a code: %s", page.body()).isTrue();
        return code.group(1);
    }

    @Test
    void theAuthorizationCodeFlowWithPkceGivesAWorkingUserToken() throws Exception {
        AppCredentials app = anonymous.oauth().registerApp("Permafrost", List.of("read"), List.of(), null);
        Pkce pkce = Pkce.generate();
        URI url = anonymous.oauth().authorizationUrl(app, List.of("read"), OAuth.OUT_OF_BAND, pkce, null, false);

        Token token = anonymous.oauth().exchangeCode(app, approve(url), OAuth.OUT_OF_BAND, pkce, List.of("read"));

        Mastodon user = anonymous.newBuilder().accessToken(token.accessToken()).build();
        assertThat(user.accounts().verifyCredentials().id()).isEqualTo(sim.world().me());
        assertThat(url.getQuery()).contains("code_challenge_method=S256").contains("code_challenge=" + pkce.challenge());
        assertThat(sim.requests().last().orElseThrow().path()).isEqualTo("/api/v1/accounts/verify_credentials");
    }

    @Test
    void aCodeExchangedWithTheWrongVerifierIsRefused() throws Exception {
        AppCredentials app = anonymous.oauth().registerApp("Permafrost", List.of("read"), List.of(), null);
        URI url = anonymous.oauth().authorizationUrl(app, List.of("read"), OAuth.OUT_OF_BAND, Pkce.generate(), null, false);
        String code = approve(url);

        assertThatThrownBy(() -> anonymous.oauth().exchangeCode(app, code, OAuth.OUT_OF_BAND, Pkce.generate(), List.of("read")))
                .isInstanceOf(ClientErrorException.class);
    }

    @Test
    void registrationSendsTheAppsNameScopesAndRedirects() {
        AppCredentials app = anonymous.oauth().registerApp("Permafrost", List.of("read", "write"),
                List.of("urn:ietf:wg:oauth:2.0:oob"), "https://permafrost.example");

        var request = sim.requests().last().orElseThrow();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.bodyText()).contains("client_name=Permafrost").contains("scopes=read+write")
                .contains("website=https%3A%2F%2Fpermafrost.example");
        assertThat(app.clientId()).isNotBlank();
        assertThat(app.clientSecret()).isNotBlank();
    }

    @Test
    void clientCredentialsGiveAnAppTokenThatRevocationEnds() {
        AppCredentials app = anonymous.oauth().registerApp("Permafrost", List.of("read"), List.of(), null);
        Token token = anonymous.oauth().clientCredentials(app, List.of("read"));
        Mastodon appClient = anonymous.newBuilder().accessToken(token.accessToken()).build();
        assertThat(appClient.oauth().verifyApp().name()).isEqualTo("Permafrost");

        anonymous.oauth().revoke(app, token.accessToken());

        assertThatThrownBy(() -> appClient.oauth().verifyApp()).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void thePasswordGrantIsGoneAndSaysSo() {
        AppCredentials app = anonymous.oauth().registerApp("Permafrost", List.of("read"), List.of(), null);

        assertThatThrownBy(() -> anonymous.call("POST", "/oauth/token", Map.of("grant_type", "password",
                "client_id", app.clientId(), "client_secret", app.clientSecret(), "username", "a", "password", "b")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("unsupported_grant_type");
    }

    @Test
    void theServerMetadataListsTheSupportedGrants() {
        OAuthServerMetadata metadata = anonymous.oauth().serverMetadata().orElseThrow();

        assertThat(metadata.grantTypesSupported()).contains("authorization_code", "client_credentials")
                .doesNotContain("password");
        assertThat(metadata.codeChallengeMethodsSupported()).contains("S256");
    }
}
