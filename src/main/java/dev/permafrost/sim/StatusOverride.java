package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;

/** What a status posted or edited through the API shows instead of generated text. Guarded by the world's lock. */
final class StatusOverride {
    final List<Revision> revisions = new ArrayList<>();
    final List<Long> mediaIds = new ArrayList<>();
    String applicationName = "Permafrost sim";
    /** The poll posted with the status, or null. */
    PollSpec poll;

    /** A poll posted through the API. */
    record PollSpec(List<String> options, long expiresMillis, boolean multiple, boolean hideTotals) {
    }

    Revision current() {
        return revisions.get(revisions.size() - 1);
    }
}
