package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.auth.AppCredentials;
import dev.permafrost.client.auth.OAuth;
import dev.permafrost.client.auth.Pkce;
import dev.permafrost.model.Token;
import dev.permafrost.model.UserInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthUserInfoTest {
    private static final Pattern CODE = Pattern.compile("class=\"oauth-code\" readonly type=\"text\" value=\"([^\"]+)\"");
    private SimHarness sim;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A token with the profile scope, through the authorization-code flow the sim approves at once. */
    private String profileToken() throws Exception {
        OAuth oauth = sim.client(null).oauth();
        List<String> scopes = List.of("read", "profile");
        AppCredentials app = oauth.registerApp("userinfo test", scopes, List.of(), null);
        Pkce pkce = Pkce.generate();
        URI approve = oauth.authorizationUrl(app, scopes, OAuth.OUT_OF_BAND, pkce, null, false);
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(approve).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher code = CODE.matcher(page);
        assertThat(code.find()).as("the approval page shows a code").isTrue();
        Token token = oauth.exchangeCode(app, code.group(1), OAuth.OUT_OF_BAND, pkce, scopes);
        return token.accessToken();
    }

    @Test
    void userInfoNamesTheTokensUserByGetAndByPost() throws Exception {
        OAuth oauth = sim.client(profileToken()).oauth();
        String me = sim.world.acct(sim.world.me());

        UserInfo byGet = oauth.userInfo();
        UserInfo byPost = oauth.userInfoByPost();

        assertThat(byGet.preferredUsername()).isEqualTo(me);
        assertThat(byGet.iss()).isEqualTo(sim.server.baseUri() + "/");
        assertThat(byGet.profile()).endsWith("/@" + me);
        assertThat(byPost).usingRecursiveComparison().ignoringFields("raw").isEqualTo(byGet);
        assertThat(sim.last("POST", "/oauth/userinfo").status()).isEqualTo(200);
        assertThat(sim.last("GET", "/oauth/userinfo").token()).isPresent();
    }

    @Test
    void aTokenWithoutTheProfileScopeIsRefused() {
        assertThatThrownBy(() -> sim.mastodon.oauth().userInfo()).isInstanceOf(ForbiddenException.class);
    }
}
