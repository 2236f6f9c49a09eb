package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
    private static final String REDIRECT = "http://127.0.0.1:9/callback";

    private SimServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = SimServer.start(SimConfig.small());
        api = new Api(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode registerApp() {
        return api.post("/api/v1/apps", null, "client_name=Tester&redirect_uris=" + enc(REDIRECT) + "+urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob"
                + "&scopes=read+write").json();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private String authorize(JsonNode app, String verifier) throws Exception {
        Api.Answer answer = api.get("/oauth/authorize?response_type=code&client_id=" + app.get("client_id").asText()
                + "&redirect_uri=" + enc(REDIRECT) + "&scope=read+write&state=xyz&code_challenge_method=S256&code_challenge="
                + challenge(verifier));
        assertThat(answer.status()).isEqualTo(302);
        String location = answer.header("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=xyz");
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private Api.Answer exchange(JsonNode app, String code, String verifier) {
        return api.post("/oauth/token", null, "grant_type=authorization_code&client_id=" + app.get("client_id").asText()
                + "&client_secret=" + app.get("client_secret").asText() + "&redirect_uri=" + enc(REDIRECT)
                + "&code=" + code + "&code_verifier=" + verifier);
    }

    @Test
    void aUserEndpointWithoutTokenAnswers401() {
        Api.Answer answer = api.get("/api/v1/timelines/home");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text()).isEqualTo("{\"error\":\"The access token is invalid\"}");
    }

    @Test
    void anUnknownTokenAnswers401EvenOnPublicEndpoints() {
        assertThat(api.get("/api/v1/timelines/public", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void anAppTokenOnAUserEndpointAnswers422() {
        Api.Answer answer = api.get("/api/v1/timelines/home", server.world().appToken());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("This method requires an authenticated user");
    }

    @Test
    void aReadOnlyTokenCannotWrite() {
        Api.Answer answer = api.post("/api/v1/statuses", server.world().readOnlyToken(), "status=hi");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).isEqualTo("This action is outside the authorized scopes");
        assertThat(api.get("/api/v1/timelines/home", server.world().readOnlyToken()).status()).isEqualTo(200);
    }

    @Test
    void adminEndpointsRefuseTokensWithoutAdminScopes() {
        Api.Answer user = api.get("/api/v1/admin/accounts", server.world().userToken());
        Api.Answer admin = api.get("/api/v1/admin/accounts", server.world().adminToken());

        assertThat(user.status()).isEqualTo(403);
        assertThat(user.text()).isEqualTo("{\"error\":\"This action is outside the authorized scopes\"}");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get(0).get("account")).isNotNull();
    }

    @Test
    void adminEndpointsRefuseAdminScopesOfAnAccountThatIsNoAdmin() {
        World world = server.world();
        String token = world.issueToken(world.me(), java.util.Set.of("read", "admin:read"));

        Api.Answer answer = api.get("/api/v1/admin/accounts", token);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text()).isEqualTo("{\"error\":\"This action is not allowed\"}");
    }

    @Test
    void publicTimelinesWorkWithoutTokenUnlessConfiguredOtherwise() {
        assertThat(api.get("/api/v1/timelines/public").status()).isEqualTo(200);
        try (SimServer closed = SimServer.start(SimConfig.small().toBuilder().publicTimelinesRequireAuth(true).build())) {
            Api closedApi = new Api(closed);
            assertThat(closedApi.get("/api/v1/timelines/public").status()).isEqualTo(422);
            assertThat(closedApi.get("/api/v1/timelines/public", closed.world().userToken()).status()).isEqualTo(200);
        }
    }

    @Test
    void theTokenUsedIsRecordedWithTheRequest() {
        api.get("/api/v1/timelines/home?limit=3", server.world().userToken());

        RecordedRequest request = server.requests().last().orElseThrow();
        assertThat(request.token()).hasValue(server.world().userToken());
        assertThat(request.header("Authorization")).hasValue("Bearer " + server.world().userToken());
        assertThat(request.query("limit")).hasValue("3");
        assertThat(request.toString()).doesNotContain(server.world().userToken());
    }

    @Test
    void theCodeFlowWithPkceGivesAUserToken() throws Exception {
        JsonNode app = registerApp();
        String verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789";

        Api.Answer token = exchange(app, authorize(app, verifier), verifier);

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("scope").asText()).isEqualTo("read write");
        String accessToken = token.json().get("access_token").asText();
        assertThat(api.get("/api/v1/accounts/verify_credentials", accessToken).json().get("id").asText())
                .isEqualTo(server.world().me());
    }

    @Test
    void aWrongVerifierIsRefused() throws Exception {
        JsonNode app = registerApp();
        String code = authorize(app, "the-right-verifier-0123456789-0123456789-0123456789");

        Api.Answer token = exchange(app, code, "a-wrong-verifier-0123456789-0123456789-0123456789");

        assertThat(token.status()).isEqualTo(400);
        assertThat(token.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeWorksOnce() throws Exception {
        JsonNode app = registerApp();
        String verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789";
        String code = authorize(app, verifier);
        exchange(app, code, verifier);

        assertThat(exchange(app, code, verifier).status()).isEqualTo(400);
    }

    @Test
    void theOutOfBandRedirectShowsTheCodeOnAPage() {
        JsonNode app = registerApp();

        Api.Answer page = api.get("/oauth/authorize?response_type=code&client_id=" + app.get("client_id").asText()
                + "&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&scope=read");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("class=\"oauth-code\"");
    }

    @Test
    void thePasswordGrantIsUnsupported() {
        JsonNode app = registerApp();

        Api.Answer answer = api.post("/oauth/token", null, "grant_type=password&username=alice&password=x&client_id="
                + app.get("client_id").asText() + "&client_secret=" + app.get("client_secret").asText());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void clientCredentialsGiveAnAppToken() {
        JsonNode app = registerApp();

        String token = api.post("/oauth/token", null, "grant_type=client_credentials&scope=read&client_id="
                + app.get("client_id").asText() + "&client_secret=" + app.get("client_secret").asText()).json().get("access_token").asText();

        assertThat(api.get("/api/v1/apps/verify_credentials", token).json().get("name").asText()).isEqualTo("Tester");
        assertThat(api.get("/api/v1/timelines/home", token).status()).isEqualTo(422);
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        JsonNode app = registerApp();
        String verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789";
        String token = exchange(app, authorize(app, verifier), verifier).json().get("access_token").asText();

        Api.Answer revoked = api.post("/oauth/revoke", null, "client_id=" + app.get("client_id").asText()
                + "&client_secret=" + app.get("client_secret").asText() + "&token=" + token);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/timelines/home", token).status()).isEqualTo(401);
    }

    @Test
    void theAuthorizationServerMetadataListsS256() {
        JsonNode metadata = api.get("/.well-known/oauth-authorization-server").json();

        assertThat(metadata.get("code_challenge_methods_supported").get(0).asText()).isEqualTo("S256");
        assertThat(metadata.get("token_endpoint").asText()).isEqualTo(server.baseUri() + "/oauth/token");
    }
}
