package dev.permafrost.client;

import dev.permafrost.client.api.Endpoint;
import java.util.Optional;

/**
 * Which page to ask for: the cursors ({@code max_id}, {@code since_id}, {@code min_id}) and the
 * page size. Cursor values are opaque strings. Immutable; {@code with}-style methods return copies.
 *
 * <pre>{@code
 * PageRequest.newest()                    // the newest page, server's default size
 * PageRequest.largest()                   // the newest page, the endpoint's maximum size
 * PageRequest.largest().minId(mark)       // the items immediately after a checkpoint
 * }</pre>
 */
public record PageRequest(Optional<String> maxId, Optional<String> sinceId, Optional<String> minId, int limit) {
    /** A limit that asks for the endpoint's maximum page size. */
    private static final int LARGEST = Integer.MAX_VALUE;

    public PageRequest {
        if (limit < 0) {
            throw new IllegalArgumentException("limit < 0: " + limit);
        }
        maxId = blankToEmpty(maxId);
        sinceId = blankToEmpty(sinceId);
        minId = blankToEmpty(minId);
    }

    /** The newest page, in the server's default size. */
    public static PageRequest newest() {
        return new PageRequest(Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** The newest page, in the endpoint's largest size: what a crawl asks for. */
    public static PageRequest largest() {
        return newest().limit(LARGEST);
    }

    /** Items older than this cursor. */
    public PageRequest maxId(String id) {
        return new PageRequest(Optional.ofNullable(id), sinceId, minId, limit);
    }

    /** The newest items newer than this cursor (beware: a gap larger than a page is skipped). */
    public PageRequest sinceId(String id) {
        return new PageRequest(maxId, Optional.ofNullable(id), minId, limit);
    }

    /** The items immediately newer than this cursor. */
    public PageRequest minId(String id) {
        return new PageRequest(maxId, sinceId, Optional.ofNullable(id), limit);
    }

    /** The page size; 0 for the server's default; above the endpoint's maximum, the maximum. */
    public PageRequest limit(int size) {
        return new PageRequest(maxId, sinceId, minId, size);
    }

    /** The query parameters for an endpoint, the limit clamped to its maximum. */
    public Params params(Endpoint endpoint) {
        int size = endpoint.maxLimit() > 0 ? Math.min(limit, endpoint.maxLimit()) : (limit == LARGEST ? 0 : limit);
        return Params.empty()
                .with("max_id", maxId)
                .with("since_id", sinceId)
                .with("min_id", minId)
                .with("limit", size > 0 ? size : null);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(text -> !text.isBlank());
    }
}
