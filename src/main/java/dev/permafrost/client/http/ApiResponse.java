package dev.permafrost.client.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP answer: the status, the headers (names case-insensitive) and the whole body.
 *
 * @param request the request that was finally sent (after redirects)
 * @param uri where the answer came from
 */
public record ApiResponse(ApiRequest request, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
    public ApiResponse {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(uri, "uri");
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                caseless.put(name, List.copyOf(values));
            }
        });
        headers = java.util.Collections.unmodifiableMap(caseless);
        Objects.requireNonNull(body, "body");
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a header (a {@code Link} header may come in several lines). */
    public List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The body as text, for error messages; cut to {@code max} characters. */
    public String bodyText(int max) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    @Override
    public String toString() {
        return "ApiResponse[" + status + " from " + Redactor.url(uri) + ", " + body.length + " bytes]";
    }
}
