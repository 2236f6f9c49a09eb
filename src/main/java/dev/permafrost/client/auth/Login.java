package dev.permafrost.client.auth;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's access to an instance: the token, whose account it is, and the app that obtained it
 * (needed to revoke it). {@link #toString()} hides the token and the app's secret.
 *
 * @param account the account's {@code acct}, when known
 * @param app the app that obtained the token, when known (a pasted token has none)
 */
public record Login(URI instance, String accessToken, String scope, String account, Instant createdAt,
                    Optional<AppCredentials> app) {
    public Login {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(app, "app");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken is blank");
        }
    }

    @Override
    public String toString() {
        return "Login[" + instance + ", account=" + account + ", scope=" + scope + ", accessToken=<redacted>, app="
                + app.map(AppCredentials::clientId).orElse("none") + "]";
    }
}
