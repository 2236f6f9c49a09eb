package dev.permafrost.client.ratelimit;

import dev.permafrost.client.Params;

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

    /** The family of a request, from its method, path and parameters. */
    public static RequestFamily of(String method, String path, Params query) {
        if (method.equals("POST") && (path.startsWith("/api/v1/media") || path.startsWith("/api/v2/media"))) {
            return MEDIA_UPLOAD;
        }
        if ((method.equals("DELETE") && path.matches("/api/v1/statuses/[^/]+"))
                || (method.equals("POST") && path.matches("/api/v1/statuses/[^/]+/unreblog"))) {
            return DELETION;
        }
        if (query.has("max_id") || query.has("since_id") || query.has("min_id") || query.has("page")) {
            return PAGING;
        }
        return OTHER;
    }
}
