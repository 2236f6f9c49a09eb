package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * An OAuth application: the one that posted a status, or one registered with
 * {@code POST /api/v1/apps}, which also returns its client id and secret.
 * {@link #toString()} never prints the secret.
 */
public record Application(
        String id,
        String name,
        String website,
        List<String> scopes,
        List<String> redirectUris,
        String redirectUri,
        String clientId,
        String clientSecret,
        Long clientSecretExpiresAt,
        String vapidKey,
        @JsonIgnore String raw) implements Entity {

    public Application {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
    }

    @Override
    public String toString() {
        return "Application[id=" + id + ", name=" + name + ", website=" + website + ", scopes=" + scopes
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "<redacted>") + "]";
    }
}
