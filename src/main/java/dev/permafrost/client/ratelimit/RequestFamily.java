package dev.permafrost.client.ratelimit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The rate-limit budgets a request spends besides its token's: Mastodon counts paging requests,
 * media uploads and deletions against budgets of their own.
 */
public enum RequestFamily {
    /** Requests carrying {@code max_id}, {@code since_id}, {@code min_id} or {@code page}. */
    PAGING,
    /** {@code POST /api/v1/media} and {@code /api/v2/media}. */
    MEDIA_UPLOAD,
    /** Status deletions and unreblogs. */
    DELETION,
    /** Everything else: only the token's budget. */
    OTHER;

    private static final Set<String> CURSORS = Set.of("max_id", "since_id", "min_id", "page");

    /**
     * The family of a request, from its method, path and raw query string (null for none).
     */
    public static RequestFamily of(String method, String path, String rawQuery) {
        if (method.equals("POST") && (path.startsWith("/api/v1/media") || path.startsWith("/api/v2/media"))) {
            return MEDIA_UPLOAD;
        }
        if ((method.equals("DELETE") && path.matches("/api/v1/statuses/[^/]+"))
                || (method.equals("POST") && path.matches("/api/v1/statuses/[^/]+/unreblog"))) {
            return DELETION;
        }
        return carriesCursor(rawQuery) ? PAGING : OTHER;
    }

    private static boolean carriesCursor(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (CURSORS.contains(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
