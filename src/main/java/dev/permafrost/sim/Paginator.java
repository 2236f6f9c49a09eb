package dev.permafrost.sim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Mastodon's ID pagination over an {@link IdIndex}: {@code max_id} (older than), {@code since_id}
 * (newer than, the newest page above it), {@code min_id} (immediately newer), pages always newest
 * first, limits clamped to twice the default, and the {@code Link} header with {@code next} only
 * on a full page and {@code prev} on any non-empty page.
 */
final class Paginator {
    static final Set<String> CURSOR_PARAMS = Set.of("max_id", "since_id", "min_id", "page");

    /** The cursor of a request; absent bounds are -1 (since, min) and Long.MAX_VALUE (max). */
    record Cursor(long maxId, long sinceId, long minId, int limit) {
        boolean hasMin() {
            return minId >= 0;
        }
    }

    /** One page: keys (the cursor IDs) and values (rows) newest first. */
    record Page(long[] keys, int[] values, int size) {
    }

    private Paginator() {
    }

    /**
     * Reads max_id, since_id, min_id and limit. {@code minIdSupported} false drops min_id, as the
     * account lists do. A cursor that is not an ID of this server counts as 0, as on Mastodon.
     */
    static Cursor cursor(SimRequest request, IdCodec codec, int defaultLimit, boolean minIdSupported) {
        Params query = request.params;
        long max = query.first("max_id").filter(s -> !s.isEmpty()).map(s -> Math.max(0, codec.decode(s))).orElse(Long.MAX_VALUE);
        long since = query.first("since_id").filter(s -> !s.isEmpty()).map(s -> Math.max(0, codec.decode(s))).orElse(-1L);
        long min = minIdSupported
                ? query.first("min_id").filter(s -> !s.isEmpty()).map(s -> Math.max(0, codec.decode(s))).orElse(-1L)
                : -1L;
        return new Cursor(max, since, min, limit(query, defaultLimit));
    }

    /** Rails' {@code [params[:limit].to_i.abs, default * 2].min}. */
    static int limit(Params query, int defaultLimit) {
        Optional<String> text = query.first("limit");
        if (text.isEmpty()) {
            return defaultLimit;
        }
        String value = text.get().trim();
        long parsed = 0;
        int i = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        for (; i < value.length() && Character.isDigit(value.charAt(i)) && parsed < Integer.MAX_VALUE; i++) {
            parsed = parsed * 10 + (value.charAt(i) - '0');
        }
        return (int) Math.min(parsed, defaultLimit * 2L);
    }

    /** Builds the page of the index the cursor asks for, keeping only rows the filter accepts. */
    static Page page(IdIndex index, Cursor cursor, IntPredicate accept) {
        int limit = cursor.limit();
        long[] keys = new long[limit];
        int[] values = new int[limit];
        int count = 0;
        if (cursor.hasMin()) {
            int end = cursor.maxId() == Long.MAX_VALUE ? index.size() : index.ceilingPosition(cursor.maxId());
            for (int p = index.ceilingPosition(cursor.minId() + 1); p < end && count < limit; p++) {
                if (accept.test(index.value(p))) {
                    keys[count] = index.key(p);
                    values[count] = index.value(p);
                    count++;
                }
            }
            reverse(keys, values, count);
        } else {
            int start = (cursor.maxId() == Long.MAX_VALUE ? index.size() : index.ceilingPosition(cursor.maxId())) - 1;
            for (int p = start; p >= 0 && index.key(p) > cursor.sinceId() && count < limit; p--) {
                if (accept.test(index.value(p))) {
                    keys[count] = index.key(p);
                    values[count] = index.value(p);
                    count++;
                }
            }
        }
        return new Page(keys, values, count);
    }

    private static void reverse(long[] keys, int[] values, int count) {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            long key = keys[i];
            keys[i] = keys[j];
            keys[j] = key;
            int value = values[i];
            values[i] = values[j];
            values[j] = value;
        }
    }

    /**
     * The Link header of a page, like Mastodon's: {@code next} with max_id when the page is full,
     * {@code prev} with min_id (or since_id for the account lists) when it is not empty. The
     * request's other query parameters are kept; parameters are sorted by name as Rails does.
     */
    static Optional<String> link(String baseUrl, SimRequest request, Page page, Cursor cursor, boolean prevWithMinId,
                                 IdCodec codec) {
        List<String> links = new ArrayList<>();
        if (page.size() > 0 && page.size() == cursor.limit()) {
            links.add("<" + url(baseUrl, request, "max_id", codec.encode(page.keys()[page.size() - 1])) + ">; rel=\"next\"");
        }
        if (page.size() > 0) {
            links.add("<" + url(baseUrl, request, prevWithMinId ? "min_id" : "since_id", codec.encode(page.keys()[0]))
                    + ">; rel=\"prev\"");
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links));
    }

    private static String url(String baseUrl, SimRequest request, String cursorName, String cursorValue) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (Map.Entry<String, String> entry : request.query.entries()) {
            if (!CURSOR_PARAMS.contains(entry.getKey())) {
                params.add(entry);
            }
        }
        params.add(new AbstractMap.SimpleImmutableEntry<>(cursorName, cursorValue));
        params.sort(Comparator.comparing(Map.Entry::getKey));
        StringBuilder url = new StringBuilder(baseUrl).append(request.path).append('?');
        for (int i = 0; i < params.size(); i++) {
            url.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(params.get(i).getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(params.get(i).getValue(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
