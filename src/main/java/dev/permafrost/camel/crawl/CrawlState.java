package dev.permafrost.camel.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * What a checkpoint's {@code state} holds besides the cursor, as a small JSON object: a backfill
 * in progress ({@code {"phase":"backfill","top":"T","next":"N","since":"..."}}: walking down from
 * {@code next}, then forward from {@code top}; a re-walk of a collection already archived also
 * keeps {@code "rewalk":"<when it started>"}), or a finished walk ({@code {"phase":"walked"}}).
 * Empty for a plain forward checkpoint.
 */
record CrawlState(String phase, String top, String next, String since, String rewalk) {
    static final String BACKFILL = "backfill";
    static final String WALKED = "walked";
    private static final ObjectMapper JSON = new ObjectMapper();

    static CrawlState backfill(String top, String next, String since) {
        return backfill(top, next, since, null);
    }

    /** A backfill; {@code rewalk} is when a re-walk began, or null for a first backfill. */
    static CrawlState backfill(String top, String next, String since, String rewalk) {
        return new CrawlState(BACKFILL, top, next, since, rewalk);
    }

    static CrawlState walked() {
        return new CrawlState(WALKED, null, null, null, null);
    }

    boolean isBackfill() {
        return BACKFILL.equals(phase);
    }

    String format() {
        ObjectNode node = JSON.createObjectNode();
        node.put("phase", phase);
        if (top != null) {
            node.put("top", top);
        }
        if (next != null) {
            node.put("next", next);
        }
        if (since != null) {
            node.put("since", since);
        }
        if (rewalk != null) {
            node.put("rewalk", rewalk);
        }
        return node.toString();
    }

    /** Reads a state; an empty or foreign one reads as none (a plain forward checkpoint). */
    static Optional<CrawlState> parse(String text) {
        if (text == null || text.isBlank() || !text.trim().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            return Optional.of(new CrawlState(field(node, "phase"), field(node, "top"), field(node, "next"),
                    field(node, "since"), field(node, "rewalk")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
