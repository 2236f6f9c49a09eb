package dev.permafrost.client.http;

import dev.permafrost.client.ratelimit.RequestFamily;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the interceptors see it. Immutable; {@code with...} returns a modified copy.
 *
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param uri the absolute URL, query included
 * @param headers extra headers (Authorization is added by the auth interceptor, never here)
 * @param body what to send
 * @param family which rate-limit budgets the request spends
 * @param expectsJson whether a 2xx answer must be JSON (false for media files, health checks)
 */
public record ApiRequest(String method, URI uri, Map<String, String> headers, RequestBody body,
                         RequestFamily family, boolean expectsJson) {
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri is not absolute: " + uri);
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(family, "family");
    }

    public ApiRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiRequest(method, uri, copy, body, family, expectsJson);
    }

    public ApiRequest withoutHeader(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        return new ApiRequest(method, uri, copy, body, family, expectsJson);
    }

    public ApiRequest withUri(URI newUri) {
        return new ApiRequest(method, newUri, headers, body, family, expectsJson);
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Whether sending this request twice is harmless: GET, HEAD, PUT and DELETE are, and a POST
     * carrying an {@code Idempotency-Key} (the server returns the first result for a repeat).
     */
    public boolean isRetryable() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> header("Idempotency-Key").isPresent();
        };
    }

    /** Header names only: values may be secrets. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + Redactor.url(uri) + ", headers=" + new ArrayList<>(headers.keySet())
                + ", family=" + family + "]";
    }

    /** Convenience for the few places that list header names. */
    List<String> headerNames() {
        return new ArrayList<>(headers.keySet());
    }
}
