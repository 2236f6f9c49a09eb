package dev.permafrost.camel.crawl;

import dev.permafrost.client.MastodonException;
import dev.permafrost.client.UnsupportedVersionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a collection the server does not offer (an older or another server, a feed the admin
 * disabled, a scope the token lacks) from a failure worth reporting as one: the former is skipped
 * with a warning and the run goes on.
 */
final class NotOffered {
    /** 401 and 403 (a scope or a feed refused), 404 and 410 (no such endpoint), 422, 501. */
    private static final Set<Integer> STATUSES = Set.of(401, 403, 404, 410, 422, 501);

    private NotOffered() {}

    /** Why the collection was not offered, if that is what the failure says. */
    static Optional<String> reason(MastodonException e) {
        if (e instanceof UnsupportedVersionException) {
            return Optional.of("the server is too old for it: " + e.getMessage());
        }
        if (e.status().isPresent() && STATUSES.contains(e.status().getAsInt())) {
            return Optional.of("the server does not offer it (HTTP " + e.status().getAsInt()
                    + e.error().map(error -> ": " + error).orElse("") + ")");
        }
        return Optional.empty();
    }

    /** Whether a failure of one item of a per-status part means that item is gone (deleted, hidden). */
    static boolean gone(MastodonException e) {
        return e.status().isPresent() && (e.status().getAsInt() == 404 || e.status().getAsInt() == 410);
    }
}
