package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The language pairs a server can translate: source language code to target codes (empty when translation is off). */
public record TranslationLanguages(@JsonValue Map<String, List<String>> pairs, @JsonIgnore String raw)
        implements Entity {

    public TranslationLanguages {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (pairs != null) {
            pairs.forEach((source, targets) -> copy.put(source, targets == null ? List.of() : List.copyOf(targets)));
        }
        pairs = Collections.unmodifiableMap(copy);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TranslationLanguages of(Map<String, List<String>> pairs) {
        return new TranslationLanguages(pairs, null);
    }

    /** The languages {@code source} can be translated into; empty when none. */
    public List<String> targets(String source) {
        return pairs.getOrDefault(source, List.of());
    }
}
