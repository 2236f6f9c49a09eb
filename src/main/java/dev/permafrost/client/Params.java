package dev.permafrost.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of a request, in order, as name-value pairs: query parameters for GET and
 * DELETE, form fields otherwise. Array parameters repeat their name ({@code types[]}).
 * Immutable: every {@code with} returns a new instance.
 */
public final class Params {
    private static final Params EMPTY = new Params(List.of());

    private final List<Map.Entry<String, String>> pairs;

    private Params(List<Map.Entry<String, String>> pairs) {
        this.pairs = pairs;
    }

    public static Params empty() {
        return EMPTY;
    }

    /** Parameters from a map; a value that is a collection becomes repeated pairs. */
    public static Params of(Map<String, ?> values) {
        Params params = EMPTY;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            params = entry.getValue() instanceof Collection<?> many
                    ? params.withAll(entry.getKey(), many)
                    : params.with(entry.getKey(), entry.getValue());
        }
        return params;
    }

    /** Adds a pair; a null or empty-Optional value adds nothing, so optional options read plainly. */
    public Params with(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain == null) {
            return this;
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(pairs);
        copy.add(Map.entry(name, text(plain)));
        return new Params(Collections.unmodifiableList(copy));
    }

    /** Adds one pair per value: {@code withAll("types[]", List.of("mention", "follow"))}. */
    public Params withAll(String name, Collection<?> values) {
        Params params = this;
        for (Object value : values) {
            params = params.with(name, value);
        }
        return params;
    }

    /** Replaces every pair of this name by one pair (or removes them when value is null). */
    public Params replace(String name, Object value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(pairs);
        copy.removeIf(pair -> pair.getKey().equals(name));
        return new Params(Collections.unmodifiableList(copy)).with(name, value);
    }

    /** Adds all pairs of another instance after these. */
    public Params with(Params more) {
        if (more.pairs.isEmpty()) {
            return this;
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(pairs);
        copy.addAll(more.pairs);
        return new Params(Collections.unmodifiableList(copy));
    }

    /** The first value of a name. */
    public Optional<String> first(String name) {
        return pairs.stream().filter(pair -> pair.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    public List<Map.Entry<String, String>> pairs() {
        return pairs;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return String.valueOf(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Params that && pairs.equals(that.pairs);
    }

    @Override
    public int hashCode() {
        return pairs.hashCode();
    }

    /** Names only: values may be secrets (a client_secret, a password). */
    @Override
    public String toString() {
        return "Params" + pairs.stream().map(Map.Entry::getKey).toList();
    }
}
