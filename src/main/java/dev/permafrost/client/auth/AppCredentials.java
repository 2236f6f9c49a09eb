package dev.permafrost.client.auth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A registered application: what {@code POST /api/v1/apps} returned, kept so the app is
 * registered once per instance and never again on each start. {@link #toString()} hides the secret.
 */
public record AppCredentials(URI instance, String name, String clientId, String clientSecret,
                             List<String> redirectUris, List<String> scopes) {
    public AppCredentials {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "AppCredentials[" + instance + ", name=" + name + ", clientId=" + clientId
                + ", clientSecret=<redacted>, scopes=" + scopes + "]";
    }
}
