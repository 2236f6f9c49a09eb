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
            String error = e.error().orElse(null);
            throw new ForbiddenException(advice(scope, error), new ErrorContext(e.method(), e.url(),
                    e.status().orElse(403), error, e.errorDescription().orElse(null)), e);
        }
    }

    /**
     * What to do about a 403 from an admin endpoint that needs this scope. Mastodon checks the
     * token's scopes first ("outside the authorized scopes"), then the account's role and the
     * record's state ("not allowed").
     */
    static String advice(String scope, String serverError) {
        String parent = scope.startsWith("admin:read") ? "admin:read" : "admin:write";
        String either = scope.equals(parent) ? scope : scope + " (or " + parent + ")";
        if (serverError != null && serverError.contains("outside the authorized scopes")) {
            return "The token lacks the scope " + either + " this admin endpoint needs; log in again asking for it.";
        }
        return "The token's account lacks the role for this admin action, or the record's state does not allow it "
                + "(approving an account that is not pending, unsuspending one that is not suspended...). "
                + "The endpoint needs an administrator or moderator and the scope " + either + ".";
    }
}
