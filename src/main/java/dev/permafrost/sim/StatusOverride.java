package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;

/** What a status posted or edited through the API shows instead of generated text. Guarded by the world's lock. */
final class StatusOverride {
    final List<Revision> revisions = new ArrayList<>();
    final List<Long> mediaIds = new ArrayList<>();
    String applicationName = "Permafrost sim";

    Revision current() {
        return revisions.get(revisions.size() - 1);
    }
}
