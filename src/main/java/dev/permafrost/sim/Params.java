package dev.permafrost.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request parameters as an ordered multimap, from a query string, a form body or a JSON body.
 * {@code all("types")} finds both {@code types[]=a} and {@code types=a}, like Rails.
 */
final class Params {
    private final List<Map.Entry<String, String>> entries;

    Params(List<Map.Entry<String, String>> entries) {
        this.entries = List.copyOf(entries);
    }

    static Params parse(String encoded) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                entries.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
            }
        }
        return new Params(entries);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    Params plus(Params other) {
        List<Map.Entry<String, String>> merged = new ArrayList<>(entries);
        merged.addAll(other.entries);
        return new Params(merged);
    }

    List<Map.Entry<String, String>> entries() {
        return entries;
    }

    Optional<String> first(String name) {
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    String first(String name, String fallback) {
        return first(name).orElse(fallback);
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equals(name) || entry.getKey().equals(name + "[]")) {
                values.add(entry.getValue());
            }
        }
        return values;
    }

    boolean has(String name) {
        return first(name).isPresent();
    }

    /** Rails' boolean casting: "1", "true", "t", "on" (any case) are true. */
    boolean bool(String name) {
        return first(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("t")
                || v.equalsIgnoreCase("on")).orElse(false);
    }
}
