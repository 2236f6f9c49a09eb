package dev.permafrost.client.http;

import java.net.URI;

/**
 * Adds {@code Authorization: Bearer ...} to requests for the instance itself, and to nothing
 * else: a Link or media URL on another host never receives the token.
 */
public final class AuthInterceptor implements Interceptor {
    private final URI instance;
    private final String token;

    /** @param token the access token, or null to send requests anonymously */
    public AuthInterceptor(URI instance, String token) {
        this.instance = instance;
        this.token = token;
    }

    @Override
    public ApiResponse intercept(Chain chain) {
        ApiRequest request = chain.request();
        if (token == null || request.header("Authorization").isPresent() || !sameOrigin(request.uri())) {
            return chain.proceed(request);
        }
        return chain.proceed(request.withHeader("Authorization", "Bearer " + token));
    }

    private boolean sameOrigin(URI uri) {
        return instance.getScheme().equalsIgnoreCase(uri.getScheme())
                && instance.getHost().equalsIgnoreCase(uri.getHost())
                && instance.getPort() == uri.getPort();
    }

    @Override
    public String toString() {
        return "AuthInterceptor[" + instance + ", token=" + (token == null ? "none" : "<redacted>") + "]";
    }
}
