package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * An OAuth access token from {@code POST /oauth/token} or account registration. Mastodon sends
 * {@code created_at} as Unix seconds and issues neither expiry nor refresh token; other servers may.
 * {@link #toString()} never prints the tokens.
 */
public record Token(
        String accessToken,
        String tokenType,
        String scope,
        Instant createdAt,
        Long expiresIn,
        String refreshToken,
        @JsonIgnore String raw) implements Entity {

    @Override
    public String toString() {
        return "Token[accessToken=" + redact(accessToken) + ", tokenType=" + tokenType + ", scope=" + scope
                + ", createdAt=" + createdAt + ", expiresIn=" + expiresIn
                + ", refreshToken=" + redact(refreshToken) + "]";
    }

    private static String redact(String secret) {
        return secret == null ? "null" : "<redacted>";
    }
}
