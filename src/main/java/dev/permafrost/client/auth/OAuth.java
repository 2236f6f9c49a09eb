package dev.permafrost.client.auth;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Caller;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.model.Application;
import dev.permafrost.model.OAuthServerMetadata;
import dev.permafrost.model.Token;
import dev.permafrost.model.UserInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Apps and OAuth: registering an app, the authorization-code flow with PKCE, client credentials,
 * revocation and the server's metadata. See docs.joinmastodon.org/methods/apps and /methods/oauth.
 * The password grant is gone from current Mastodon and is not offered.
 */
public final class OAuth {
    /** The redirect URI that makes the server show the code instead of redirecting. */
    public static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

    public static final Endpoint REGISTER_APP = Endpoint.post("/api/v1/apps", "0.0.0");
    public static final Endpoint VERIFY_APP = Endpoint.get("/api/v1/apps/verify_credentials", "2.0.0");
    public static final Endpoint AUTHORIZE = Endpoint.get("/oauth/authorize", "0.1.0");
    public static final Endpoint TOKEN = Endpoint.post("/oauth/token", "0.1.0");
    public static final Endpoint REVOKE = Endpoint.post("/oauth/revoke", "0.1.0");
    public static final Endpoint METADATA = Endpoint.get("/.well-known/oauth-authorization-server", "4.3.0");
    public static final Endpoint USERINFO = Endpoint.get("/oauth/userinfo", "4.4.0");
    /** The same claims by POST, which some OpenID Connect libraries use. */
    public static final Endpoint USERINFO_POST = Endpoint.post("/oauth/userinfo", "4.4.0");

    private final Caller caller;

    public OAuth(Caller caller) {
        this.caller = caller;
    }

    /** The server's OAuth metadata (grants, scopes, endpoints); empty on servers older than 4.3. */
    public Optional<OAuthServerMetadata> serverMetadata() {
        try {
            return Optional.of(caller.one(METADATA, METADATA.path(), Params.empty(), OAuthServerMetadata.class));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Registers an app; do it once per instance and keep the result ({@link CredentialStore}). */
    public AppCredentials registerApp(String name, List<String> scopes, List<String> redirectUris, String website) {
        List<String> redirects = redirectUris.isEmpty() ? List.of(OUT_OF_BAND) : redirectUris;
        Params form = Params.empty()
                .with("client_name", name)
                .with("redirect_uris", String.join("\n", redirects))
                .with("scopes", String.join(" ", scopes))
                .with("website", website);
        Application app = caller.one(REGISTER_APP, REGISTER_APP.path(), form, Application.class);
        if (app.clientId() == null || app.clientSecret() == null) {
            throw new IllegalStateException("the server registered the app but sent no client_id/client_secret");
        }
        return new AppCredentials(caller.base(), name, app.clientId(), app.clientSecret(), redirects, scopes);
    }

    /** The app the current token belongs to. */
    public Application verifyApp() {
        return caller.one(VERIFY_APP, VERIFY_APP.path(), Params.empty(), Application.class);
    }

    /**
     * The URL to send a person to so they approve the app. No network I/O.
     *
     * @param state an unguessable value to check on return, or null for an out-of-band flow
     */
    public URI authorizationUrl(AppCredentials app, List<String> scopes, String redirectUri, Pkce pkce, String state,
                                boolean forceLogin) {
        Params query = Params.empty()
                .with("response_type", "code")
                .with("client_id", app.clientId())
                .with("redirect_uri", redirectUri)
                .with("scope", String.join(" ", scopes))
                .with("code_challenge", pkce.challenge())
                .with("code_challenge_method", Pkce.METHOD)
                .with("state", state)
                .with("force_login", forceLogin ? "true" : null);
        return caller.uri(AUTHORIZE.path(), query);
    }

    /** Exchanges an authorization code (and the PKCE verifier) for a user token. */
    public Token exchangeCode(AppCredentials app, String code, String redirectUri, Pkce pkce, List<String> scopes) {
        Params form = Params.empty()
                .with("grant_type", "authorization_code")
                .with("code", code.trim())
                .with("client_id", app.clientId())
                .with("client_secret", app.clientSecret())
                .with("redirect_uri", redirectUri)
                .with("code_verifier", pkce.verifier())
                .with("scope", scopes.isEmpty() ? null : String.join(" ", scopes));
        return caller.one(TOKEN, TOKEN.path(), form, Token.class);
    }

    /** An app token (no user), for endpoints that accept one. */
    public Token clientCredentials(AppCredentials app, List<String> scopes) {
        Params form = Params.empty()
                .with("grant_type", "client_credentials")
                .with("client_id", app.clientId())
                .with("client_secret", app.clientSecret())
                .with("scope", scopes.isEmpty() ? null : String.join(" ", scopes));
        return caller.one(TOKEN, TOKEN.path(), form, Token.class);
    }

    /** Ends a token; it stops working at once. */
    public void revoke(AppCredentials app, String token) {
        Params form = Params.empty()
                .with("client_id", app.clientId())
                .with("client_secret", app.clientSecret())
                .with("token", token);
        caller.empty(REVOKE, REVOKE.path(), form);
    }

    /** The OpenID Connect claims about the token's user (needs the {@code profile} scope). */
    public UserInfo userInfo() {
        return caller.one(USERINFO, USERINFO.path(), Params.empty(), UserInfo.class);
    }

    /** The same claims asked by POST, as OpenID Connect also allows. */
    public UserInfo userInfoByPost() {
        return caller.one(USERINFO_POST, USERINFO_POST.path(), Params.empty(), UserInfo.class);
    }
}
