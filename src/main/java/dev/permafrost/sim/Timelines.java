package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statuses and the indices that make the timelines: all statuses by ID, the public timeline
 * (public, not replies, not boosts, like Mastodon's), the home feed of the main user, and each
 * author's statuses. Guarded by the {@link World}'s lock.
 */
final class Timelines {
    final StatusTable rows = new StatusTable();
    final IdIndex all = new IdIndex(1024);
    final IdIndex publicTimeline = new IdIndex(1024);
    final IdIndex home = new IdIndex(1024);
    final List<IdIndex> byAuthor = new ArrayList<>();
    final Map<Integer, StatusOverride> overrides = new HashMap<>();
    final Map<Integer, List<Integer>> replies = new HashMap<>();

    void addAuthor() {
        byAuthor.add(new IdIndex());
    }

    /** Adds a status row and puts it on the indices it belongs to. */
    int add(long id, int author, int flags, int ref, int tags, int mention, boolean onHome) {
        int row = rows.add(id, author, flags, ref, tags, mention);
        all.put(id, row);
        byAuthor.get(author).put(id, row);
        if (onPublicTimeline(row)) {
            publicTimeline.put(id, row);
        }
        if (onHome && rows.visibility(row) != StatusTable.DIRECT) {
            home.put(id, row);
        }
        if (rows.has(row, StatusTable.REPLY) && ref >= 0) {
            replies.computeIfAbsent(ref, k -> new ArrayList<>()).add(row);
        }
        return row;
    }

    boolean onPublicTimeline(int row) {
        return rows.visibility(row) == StatusTable.PUBLIC
                && !rows.has(row, StatusTable.REPLY | StatusTable.REBLOG);
    }

    /** Returns the row of a live status, or -1. */
    int row(long id) {
        return id < 0 ? -1 : all.get(id);
    }

    /** Takes a status off every index and marks it deleted. */
    void remove(int row) {
        long id = rows.id(row);
        all.remove(id);
        publicTimeline.remove(id);
        home.remove(id);
        byAuthor.get(rows.author(row)).remove(id);
        rows.set(row, StatusTable.DELETED, true);
        if (rows.has(row, StatusTable.REPLY) && rows.ref(row) >= 0) {
            List<Integer> siblings = replies.get(rows.ref(row));
            if (siblings != null) {
                siblings.remove(Integer.valueOf(row));
            }
        }
    }

    /** The row whose content a status shows: the boosted one for a boost. */
    int contentRow(int row) {
        return rows.has(row, StatusTable.REBLOG) ? rows.ref(row) : row;
    }
}
