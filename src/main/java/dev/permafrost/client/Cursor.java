package dev.permafrost.client;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a neighbouring page is: the URL of a {@code Link} header target, kept whole. Cursors
 * are opaque; {@link #value()} exposes the ID it carries (whatever its format) for checkpoints.
 *
 * @param uri the absolute URL the server gave
 * @param rel the link relation, {@code next} (older) or {@code prev} (newer)
 */
public record Cursor(URI uri, String rel) {
    /** Parameter names that carry a position, in the order they are looked for. */
    private static final List<String> POSITION_PARAMS = List.of("max_id", "min_id", "since_id", "page", "offset", "cursor");

    public Cursor {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(rel, "rel");
    }

    /** The query parameters of the URL, decoded, first value of each name. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    /** The value of one query parameter. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params().get(name));
    }

    /** The name of the parameter that carries the position ({@code max_id}, {@code min_id}...). */
    public Optional<String> positionParam() {
        Map<String, String> params = params();
        return POSITION_PARAMS.stream().filter(params::containsKey).findFirst();
    }

    /** The position this cursor points at: the value of {@link #positionParam()}. */
    public Optional<String> value() {
        return positionParam().map(name -> params().get(name));
    }

    /** The same URL without a query parameter. */
    public Cursor withoutParam(String name) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return this;
        }
        StringBuilder rebuilt = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (!decode(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                rebuilt.append(rebuilt.length() == 0 ? "" : "&").append(pair);
            }
        }
        String base = uri.toString();
        String head = base.substring(0, base.indexOf('?'));
        return new Cursor(URI.create(rebuilt.length() == 0 ? head : head + "?" + rebuilt), rel);
    }

    /** The same URL with one query parameter set (added, or replaced). */
    public Cursor withParam(String name, String value) {
        String query = uri.getRawQuery();
        StringBuilder rebuilt = new StringBuilder();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (!key.equals(name)) {
                    rebuilt.append(rebuilt.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        rebuilt.append(rebuilt.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
        String base = uri.toString();
        int question = base.indexOf('?');
        int hash = base.indexOf('#');
        String head = question >= 0 ? base.substring(0, question) : hash >= 0 ? base.substring(0, hash) : base;
        return new Cursor(URI.create(head + "?" + rebuilt), rel);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
