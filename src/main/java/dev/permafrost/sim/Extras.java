package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;

/** The main user's filters and scheduled statuses. Guarded by the {@link World}'s lock. */
final class Extras {
    /** A v2 filter with its keywords. */
    record FilterRow(long id, String title, List<String> context, String action, List<String> keywords) {
    }

    /** A status scheduled for later. */
    record Scheduled(long id, long scheduledAtMillis, String text, String visibility) {
    }

    final List<FilterRow> filters = new ArrayList<>();
    final List<Scheduled> scheduled = new ArrayList<>();
    final IdIndex scheduledIndex = new IdIndex();

    void addScheduled(Scheduled status) {
        scheduledIndex.put(status.id(), scheduled.size());
        scheduled.add(status);
    }
}
