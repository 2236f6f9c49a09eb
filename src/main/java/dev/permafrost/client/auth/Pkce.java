package dev.permafrost.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A PKCE pair (RFC 7636) for the authorization-code flow: the secret {@code verifier} stays with
 * the client, the {@code challenge} (its SHA-256, base64url) goes in the authorization URL.
 */
public record Pkce(String verifier, String challenge) {
    public static final String METHOD = "S256";
    private static final SecureRandom RANDOM = new SecureRandom();

    public Pkce {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(challenge, "challenge");
    }

    /** A fresh pair with a 64-byte random verifier. */
    public static Pkce generate() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        return fromVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The pair for a known verifier. */
    public static Pkce fromVerifier(String verifier) {
        if (verifier.length() < 43 || verifier.length() > 128) {
            throw new IllegalArgumentException("a PKCE verifier has 43 to 128 characters, not " + verifier.length());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=<redacted>, challenge=" + challenge + "]";
    }
}
