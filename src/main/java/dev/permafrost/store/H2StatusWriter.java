package dev.permafrost.store;

import dev.permafrost.model.Account;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Poll;
import dev.permafrost.model.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the statuses of one batch of the H2 archive, with their boosted statuses, media and
 * polls, following the edit rules: a newer {@code edited_at} replaces the row and moves the
 * archived version to {@code status_edits}; the same version refreshes the counts only.
 * Authors are collected into the batch's account set, written once per batch.
 */
final class H2StatusWriter {
    /** Copies the archived version of a status into the history before it is replaced. */
    private static final String ARCHIVE_VERSION = "INSERT INTO status_edits"
            + " (instance, status_id, created_at, content, spoiler_text, sensitive, first_seen, raw)"
            + " SELECT s.instance, s.id, COALESCE(s.edited_at, s.created_at), s.content, s.spoiler_text, s.sensitive, ?, s.raw"
            + " FROM statuses s WHERE s.instance = ? AND s.id = ? AND COALESCE(s.edited_at, s.created_at) IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM status_edits e WHERE e.instance = s.instance AND e.status_id = s.id"
            + " AND e.created_at = COALESCE(s.edited_at, s.created_at))";

    private final Connection connection;
    private final String instance;
    private final Instant now;

    H2StatusWriter(Connection connection, String instance, Instant now) {
        this.connection = connection;
        this.instance = instance;
        this.now = now;
    }

    /**
     * Upserts statuses (and the statuses they boost); adds their authors to {@code accounts}.
     *
     * @return the ids of the statuses that were new to the archive
     */
    Set<String> write(Collection<Status> statuses, Map<String, Account> accounts) throws SQLException {
        Map<String, Status> latest = new LinkedHashMap<>();
        List<Status> superseded = new ArrayList<>();
        for (Status status : statuses) {
            if (status.reblog() != null) {
                keepLatest(status.reblog(), latest, superseded);
            }
            keepLatest(status, latest, superseded);
        }
        Set<String> added = new HashSet<>();
        if (latest.isEmpty()) {
            return added;
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> replaced = new ArrayList<>();
        List<Object[]> refreshed = new ArrayList<>();
        List<Object[]> archiveVersions = new ArrayList<>();
        List<Object[]> media = new ArrayList<>();
        List<Object[]> polls = new ArrayList<>();
        Map<Object, Object[]> present = H2Tables.STATUSES.existing(connection, List.of(instance),
                latest.keySet(), List.of("edited_at"));
        for (Status status : latest.values()) {
            Object[] row = H2Rows.status(instance, status, now);
            Object[] archived = present.get(status.id());
            if (archived == null) {
                inserts.add(row);
                added.add(status.id());
            } else if (isNewer(status.editedAt(), (Instant) archived[0])) {
                archiveVersions.add(new Object[] {now, instance, status.id()});
                replaced.add(row);
            } else {
                refreshed.add(row);
            }
            if (status.account() != null) {
                accounts.put(H2Rows.id(status.account().id(), "Account"), status.account());
            }
            for (MediaAttachment attachment : status.mediaAttachments()) {
                media.add(H2Rows.media(instance, attachment, status.id(), now));
            }
            if (status.poll() != null) {
                polls.add(H2Rows.poll(instance, status.poll(), status.id(), now));
            }
        }
        Sql.batch(connection, ARCHIVE_VERSION, archiveVersions);
        H2Tables.STATUSES.insert(connection, inserts);
        H2Tables.STATUSES.update(connection, replaced);
        H2Tables.STATUS_COUNTS.update(connection, refreshed);
        List<Object[]> olderInBatch = new ArrayList<>();
        for (Status status : superseded) {
            olderInBatch.add(H2Rows.version(instance, status, now));
        }
        H2Tables.STATUS_EDITS.write(connection, olderInBatch);
        H2Tables.MEDIA.write(connection, media);
        H2Tables.POLLS.write(connection, polls);
        return added;
    }

    /** Upserts standalone polls (a POLLS batch); {@code statusId} may be null. */
    void writePolls(List<Poll> items, String statusId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Poll poll : items) {
            rows.add(H2Rows.poll(instance, poll, statusId, now));
        }
        H2Tables.POLLS.write(connection, rows);
    }

    /**
     * Keeps the newest version of each status of a batch; an older version met in the same batch
     * goes to the history, as if the two had been written one after the other.
     */
    private static void keepLatest(Status status, Map<String, Status> latest, List<Status> superseded) {
        String id = H2Rows.id(status.id(), "Status");
        Status previous = latest.get(id);
        if (previous == null || !isNewer(previous.editedAt(), status.editedAt())) {
            if (previous != null && isNewer(status.editedAt(), previous.editedAt())) {
                superseded.add(previous);
            }
            latest.put(id, status);
        } else {
            superseded.add(status);
        }
    }

    /** Whether {@code incoming} is a later edit than {@code archived} (null: never edited). */
    static boolean isNewer(Instant incoming, Instant archived) {
        return incoming != null && (archived == null || incoming.isAfter(archived));
    }
}
