package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * App registration and OAuth: {@code POST /api/v1/apps}, the authorization-code flow with PKCE
 * (the sim approves at once for the main user), client credentials, revocation. The password grant
 * is refused like on current Mastodon. {@code /oauth/userinfo} tells a {@code profile} token who it is.
 */
final class OAuthApi {
    private static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    private static final String VAPID_KEY = "BAhxXyHfAoMqrZECjRI56F5QrE4ynVlkZFMdKSpTIsWRNoWUVgut-Bnz2xsMSwiN4AF0b4I7ixF24OwiicOJivw=";

    private final SimContext context;
    private final Auth auth;

    OAuthApi(SimContext context) {
        this.context = context;
        this.auth = context.world.auth;
    }

    void routes(Router router) {
        router.post("/api/v1/apps", Access.open(), this::registerApp)
                .get("/api/v1/apps/verify_credentials", Access.anyToken(), this::verifyApp)
                .get("/oauth/authorize", Access.open(), this::authorize)
                .post("/oauth/token", Access.open(), this::token)
                .post("/oauth/revoke", Access.open(), this::revoke)
                .get("/oauth/userinfo", Access.user("profile"), this::userInfo)
                .post("/oauth/userinfo", Access.user("profile"), this::userInfo);
    }

    private SimResponse registerApp(SimRequest request) {
        String name = request.params.first("client_name", "").trim();
        if (name.isEmpty()) {
            throw ApiError.validation("Application name can't be blank");
        }
        List<String> redirects = request.params.all("redirect_uris").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split("\\s+"))).filter(s -> !s.isEmpty()).toList();
        if (redirects.isEmpty()) {
            throw ApiError.validation("Redirect URI can't be blank");
        }
        Set<String> scopes = Auth.parseScopes(request.params.first("scopes", ""), Set.of("read"));
        Auth.App app = auth.registerApp(name, request.params.first("website", ""), redirects, scopes);
        return SimResponse.json(Json.write(json -> {
            appFields(json, app);
            json.writeStringField("client_id", app.clientId());
            json.writeStringField("client_secret", app.clientSecret());
            json.writeNumberField("client_secret_expires_at", 0);
            json.writeEndObject();
        }));
    }

    private SimResponse verifyApp(SimRequest request) {
        Auth.App app = auth.app(request.token.orElseThrow().appId()).orElseThrow(ApiError::invalidToken);
        return SimResponse.json(Json.write(json -> {
            appFields(json, app);
            json.writeEndObject();
        }));
    }

    private static void appFields(JsonGenerator json, Auth.App app) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", Long.toString(app.id()));
        json.writeStringField("name", app.name());
        Json.nullableString(json, "website", app.website());
        InstanceApi.stringArray(json, "scopes", List.copyOf(app.scopes()));
        InstanceApi.stringArray(json, "redirect_uris", app.redirectUris());
        json.writeStringField("vapid_key", VAPID_KEY);
        json.writeStringField("redirect_uri", String.join("\n", app.redirectUris()));
    }

    private SimResponse authorize(SimRequest request) {
        Params params = request.params;
        Optional<Auth.App> app = auth.app(params.first("client_id").orElse(null));
        if (app.isEmpty()) {
            return page(401, "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.");
        }
        String redirect = params.first("redirect_uri", "");
        if (!app.get().redirectUris().contains(redirect)) {
            return page(400, "The redirect uri included is not valid.");
        }
        if (!params.first("response_type", "").equals("code")) {
            return oauthError(redirect, params, "unsupported_response_type", "The authorization server does not support this response type.");
        }
        Set<String> scopes = Auth.parseScopes(params.first("scope", ""), Set.of("read"));
        if (!app.get().scopes().containsAll(scopes)) {
            return oauthError(redirect, params, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
        }
        String challenge = params.first("code_challenge", "");
        String method = params.first("code_challenge_method", challenge.isEmpty() ? "" : "plain");
        if (!challenge.isEmpty() && !method.equals("S256")) {
            return oauthError(redirect, params, "invalid_request", "The code challenge method must be S256.");
        }
        String code = auth.newCode(new Auth.Code(app.get().clientId(), redirect, scopes, challenge, method));
        if (redirect.equals(OOB)) {
            return SimResponse.html(200, "<!DOCTYPE html><html><head><title>Authorization code</title></head><body>"
                    + "<div class=\"form-container\"><div class=\"flash-message\"><p>Copy this authorization code and paste it "
                    + "to the application.</p></div><input class=\"oauth-code\" readonly type=\"text\" value=\"" + code + "\">"
                    + "</div></body></html>");
        }
        return SimResponse.redirect(redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + params.first("state").map(state -> "&state=" + encode(state)).orElse(""));
    }

    private SimResponse token(SimRequest request) {
        Params params = request.params;
        String grant = params.first("grant_type", "");
        if (!grant.equals("authorization_code") && !grant.equals("client_credentials")) {
            return tokenError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
        }
        String[] basic = basicCredentials(request);
        String clientId = params.first("client_id").orElse(basic[0]);
        String secret = params.first("client_secret").orElse(basic[1]);
        Optional<Auth.App> app = auth.app(clientId).filter(a -> a.clientSecret().equals(secret));
        if (app.isEmpty()) {
            return tokenError(401, "invalid_client",
                    "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.");
        }
        Auth.Token token;
        if (grant.equals("client_credentials")) {
            Set<String> scopes = Auth.parseScopes(params.first("scope", ""), Set.of("read"));
            if (!app.get().scopes().containsAll(scopes)) {
                return tokenError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
            }
            token = auth.issue(app.get(), -1, scopes);
        } else {
            Optional<Auth.Code> code = auth.takeCode(params.first("code").orElse(null));
            boolean valid = code.isPresent() && code.get().clientId().equals(clientId)
                    && code.get().redirectUri().equals(params.first("redirect_uri", ""))
                    && (code.get().challenge().isEmpty()
                    || Auth.pkceMatches(code.get().challenge(), params.first("code_verifier", "")));
            if (!valid) {
                return tokenError(400, "invalid_grant", "The provided authorization grant is invalid, expired, revoked, does not match "
                        + "the redirection URI used in the authorization request, or was issued to another client.");
            }
            token = auth.issue(app.get(), 0, code.get().scopes());
        }
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            json.writeStringField("access_token", token.value());
            json.writeStringField("token_type", "Bearer");
            json.writeStringField("scope", String.join(" ", token.scopes()));
            json.writeNumberField("created_at", token.createdSeconds());
            json.writeEndObject();
        })).header("Cache-Control", "no-store");
    }

    private SimResponse revoke(SimRequest request) {
        String[] basic = basicCredentials(request);
        String clientId = request.params.first("client_id").orElse(basic[0]);
        String secret = request.params.first("client_secret").orElse(basic[1]);
        if (auth.app(clientId).filter(a -> a.clientSecret().equals(secret)).isEmpty()) {
            return tokenError(401, "invalid_client", "Client authentication failed due to unknown client, no client authentication "
                    + "included, or unsupported authentication method.");
        }
        request.params.first("token").ifPresent(auth::revoke);
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            json.writeEndObject();
        }));
    }

    /** The OpenID Connect claims about the token's user (Mastodon 4.4+, scope {@code profile}). */
    private SimResponse userInfo(SimRequest request) {
        return context.json(json -> {
            AccountRow account = context.world.social.accounts.get(request.viewer());
            json.writeStartObject();
            json.writeStringField("iss", context.baseUrl + "/");
            json.writeStringField("sub", context.accounts.uri(account));
            json.writeStringField("name", account.displayName);
            json.writeStringField("preferred_username", account.username);
            json.writeStringField("profile", context.accounts.url(account));
            json.writeStringField("picture", context.accounts.avatar(account));
            json.writeEndObject();
        });
    }

    private static String[] basicCredentials(SimRequest request) {
        return request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).map(h -> {
            String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[] {decoded, ""} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        }).orElse(new String[] {"", ""});
    }

    private static SimResponse tokenError(int status, String error, String description) {
        return SimResponse.json(status, Json.write(json -> {
            json.writeStartObject();
            json.writeStringField("error", error);
            json.writeStringField("error_description", description);
            json.writeEndObject();
        }));
    }

    private static SimResponse oauthError(String redirect, Params params, String error, String description) {
        if (redirect.equals(OOB)) {
            return page(400, description);
        }
        return SimResponse.redirect(redirect + (redirect.contains("?") ? "&" : "?") + "error=" + error
                + "&error_description=" + encode(description) + params.first("state").map(s -> "&state=" + encode(s)).orElse(""));
    }

    private static SimResponse page(int status, String message) {
        return SimResponse.html(status, "<!DOCTYPE html><html><head><title>An error has occurred</title></head><body>"
                + "<h2>An error has occurred</h2><p>" + TextGen.html(message) + "</p></body></html>");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
