package dev.permafrost.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OAuth state of the sim: registered apps, access tokens (user or app), authorization codes with
 * their PKCE challenge. Thread-safe.
 */
final class Auth {
    /** A registered OAuth application. */
    record App(long id, String name, String website, List<String> redirectUris, Set<String> scopes,
               String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "App[id=" + id + ", name=" + name + ", clientId=" + clientId + ", clientSecret=<redacted>]";
        }
    }

    /** An access token: {@code account} is -1 for an app token (client credentials). */
    record Token(String value, long appId, int account, Set<String> scopes, long createdSeconds) {
        boolean user() {
            return account >= 0;
        }

        @Override
        public String toString() {
            return "Token[<redacted>, appId=" + appId + ", account=" + account + ", scopes=" + scopes + "]";
        }
    }

    /** An authorization code waiting to be exchanged for a token. */
    record Code(String clientId, String redirectUri, Set<String> scopes, String challenge, String challengeMethod) {
    }

    static final Set<String> FOLLOW_SCOPES = Set.of(
            "read:follows", "write:follows", "read:blocks", "write:blocks", "read:mutes", "write:mutes");

    private final Map<String, App> appsByClientId = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final AtomicLong nextAppId = new AtomicLong(1);
    private final SplittableRandom seeded;
    private final SecureRandom random = new SecureRandom();

    Auth(long seed) {
        this.seeded = new SplittableRandom(TextGen.mix(seed, 0x0A11));
    }

    synchronized App registerApp(String name, String website, List<String> redirectUris, Set<String> scopes) {
        App app = new App(nextAppId.getAndIncrement(), name, website, List.copyOf(redirectUris), Set.copyOf(scopes),
                secret(43, null), secret(43, null));
        appsByClientId.put(app.clientId(), app);
        return app;
    }

    /** Issues a token with a value derived from the seed (the well-known tokens of a world). */
    synchronized Token issueSeeded(App app, int account, Set<String> scopes) {
        return store(new Token(secret(43, seeded), app.id(), account, orderedScopes(scopes), Instant.now().getEpochSecond()));
    }

    Token issue(App app, int account, Set<String> scopes) {
        return store(new Token(secret(43, null), app.id(), account, orderedScopes(scopes), Instant.now().getEpochSecond()));
    }

    private Token store(Token token) {
        tokens.put(token.value(), token);
        return token;
    }

    Optional<Token> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    boolean revoke(String value) {
        return tokens.remove(value) != null;
    }

    Optional<App> app(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(appsByClientId.get(clientId));
    }

    Optional<App> app(long id) {
        return appsByClientId.values().stream().filter(app -> app.id() == id).findFirst();
    }

    String newCode(Code code) {
        String value = secret(43, null);
        codes.put(value, code);
        return value;
    }

    /** Removes and returns a code: a code works once. */
    Optional<Code> takeCode(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(codes.remove(value));
    }

    /** Whether the verifier matches an S256 challenge: BASE64URL(SHA-256(verifier)) without padding. */
    static boolean pkceMatches(String challenge, String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Whether granted scopes cover a required one ({@code read} covers {@code read:statuses}...). */
    static boolean grants(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        int colon = required.lastIndexOf(':');
        while (colon > 0) {
            if (granted.contains(required.substring(0, colon))) {
                return true;
            }
            colon = required.lastIndexOf(':', colon - 1);
        }
        return granted.contains("follow") && FOLLOW_SCOPES.contains(required);
    }

    static Set<String> parseScopes(String text, Set<String> fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : text.trim().split("[\\s+]+")) {
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    private static Set<String> orderedScopes(Set<String> scopes) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    private String secret(int length, SplittableRandom source) {
        byte[] bytes = new byte[32];
        if (source != null) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) source.nextInt(256);
            }
        } else {
            random.nextBytes(bytes);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
    }
}
