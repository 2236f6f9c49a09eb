package dev.permafrost.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the sim received and what it answered.
 *
 * @param method  HTTP method
 * @param path    the decoded path, without the query
 * @param query   the query parameters in the order sent (names as sent, e.g. {@code types[]})
 * @param headers request headers in a map whose keys ignore case ({@code headers().get("idempotency-key")} works)
 * @param body    the request body
 * @param status  the status answered; 0 when the connection was reset without an answer
 * @param token   the bearer token sent, if any
 * @param fault   the fault injected into the answer, if any
 * @param at      when the request arrived
 */
public record RecordedRequest(String method, String path, List<Map.Entry<String, String>> query,
                              Map<String, List<String>> headers, byte[] body, int status, Optional<String> token,
                              Optional<Fault.Kind> fault, Instant at) {

    public RecordedRequest {
        query = List.copyOf(query);
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /** A copy of the request body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** Every value of a query parameter, in order. */
    public List<String> queryAll(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The fields of a form-encoded body, in order, decoded; empty for any other body. */
    public Map<String, List<String>> form() {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        String text = bodyText();
        if (text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        return fields;
    }

    /** Whether the request carried a paging cursor (max_id, since_id, min_id or page). */
    public boolean paging() {
        return query.stream().anyMatch(e -> Paginator.CURSOR_PARAMS.contains(e.getKey()));
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status
                + (token.isPresent() ? ", token=<redacted>" : "") + fault.map(kind -> ", fault=" + kind).orElse("") + "]";
    }
}
