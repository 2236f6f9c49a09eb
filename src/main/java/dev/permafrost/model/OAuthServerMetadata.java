package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The OAuth 2 authorization server metadata (RFC 8414) at
 * {@code GET /.well-known/oauth-authorization-server}, Mastodon 4.3+: the endpoints, scopes and
 * grants a server supports, and {@code app_registration_endpoint} for registering an app.
 */
public record OAuthServerMetadata(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String revocationEndpoint,
        String userinfoEndpoint,
        String appRegistrationEndpoint,
        String serviceDocumentation,
        List<String> scopesSupported,
        List<String> responseTypesSupported,
        List<String> responseModesSupported,
        List<String> grantTypesSupported,
        List<String> tokenEndpointAuthMethodsSupported,
        List<String> codeChallengeMethodsSupported,
        @JsonIgnore String raw) implements Entity {

    public OAuthServerMetadata {
        scopesSupported = scopesSupported == null ? List.of() : List.copyOf(scopesSupported);
        responseTypesSupported = responseTypesSupported == null ? List.of() : List.copyOf(responseTypesSupported);
        responseModesSupported = responseModesSupported == null ? List.of() : List.copyOf(responseModesSupported);
        grantTypesSupported = grantTypesSupported == null ? List.of() : List.copyOf(grantTypesSupported);
        tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported == null
                ? List.of() : List.copyOf(tokenEndpointAuthMethodsSupported);
        codeChallengeMethodsSupported = codeChallengeMethodsSupported == null
                ? List.of() : List.copyOf(codeChallengeMethodsSupported);
    }
}
