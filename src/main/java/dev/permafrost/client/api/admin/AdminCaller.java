package dev.permafrost.client.api.admin;

import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Caller;
import dev.permafrost.client.api.Endpoint;
import java.util.List;
import java.util.function.Supplier;

/**
 * The admin groups' way to the {@link Caller}: the same calls, but a 403 names the scope the
 * endpoint needs, since admin tokens are the ones most often issued without it. Thread-safe.
 */
final class AdminCaller {
    private final Caller caller;

    AdminCaller(Caller caller) {
        this.caller = caller;
    }

    <T> T one(Endpoint endpoint, String path, Params params, String scope, Class<T> type) {
        return scoped(scope, () -> caller.one(endpoint, path, params, type));
    }

    <T> List<T> list(Endpoint endpoint, String path, Params params, String scope, Class<T> type) {
        return scoped(scope, () -> caller.list(endpoint, path, params, type));
    }

    <T> Page<T> page(Endpoint endpoint, String path, Params params, String scope, Class<T> type) {
        return scoped(scope, () -> caller.page(endpoint, path, params, type));
    }

    <T> Page<T> offsetPage(Endpoint endpoint, String path, Params params, int offset, int limit, String scope,
                           Class<T> type) {
        return scoped(scope, () -> caller.offsetPage(endpoint, path, params, offset, limit, type));
    }

    void empty(Endpoint endpoint, String path, Params params, String scope) {
        scoped(scope, () -> {
            caller.empty(endpoint, path, params);
            return null;
        });
    }

    /**
     * Runs a call; a 403 is raised again with the scope named. Later pages of a walk go through
     * the caller directly, but a token that could read the first page can read the next.
     */
    private static <T> T scoped(String scope, Supplier<T> call) {
        try {
            return call.get();
        } catch (ForbiddenException e) {
            throw new ForbiddenException(advice(scope), new ErrorContext(e.method(), e.url(), e.status().orElse(403),
                    e.error().orElse(null), e.errorDescription().orElse(null)), e);
        }
    }

    /** What to do about a 403 from an admin endpoint that needs this scope. */
    static String advice(String scope) {
        String parent = scope.startsWith("admin:read") ? "admin:read" : "admin:write";
        String either = scope.equals(parent) ? scope : scope + " (or " + parent + ")";
        return "This admin endpoint needs a token with the scope " + either
                + ", of an account whose role allows it (an administrator or moderator); "
                + "log in again asking for that scope.";
    }
}
