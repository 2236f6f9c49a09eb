package dev.permafrost.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The H2 archive's queries for the work that follows a crawl of a timeline: edit histories to
 * fetch, polls to refresh, media to download, statuses to mark deleted. Each starts from the
 * timeline's entries, which the primary key of {@code timeline_entries} finds without a scan, and
 * reaches statuses, revisions, polls and media by their keys or indexes.
 */
final class H2FollowUps {
    /** The statuses linked to a timeline: the FROM and WHERE every query here starts with. */
    private static final String LINKED = " FROM timeline_entries t JOIN statuses s ON s.instance = t.instance"
            + " AND s.id = t.status_id WHERE t.instance = ? AND t.owner_id = ? AND t.timeline = ?"
            + " AND s.deleted_at IS NULL";

    private final Connection connection;

    H2FollowUps(Connection connection) {
        this.connection = connection;
    }

    int markUnseenDeleted(CollectionKey timeline, Instant walkStartedAt, Instant deletedAt) throws SQLException {
        // last_seen is stored to the microsecond: compare at that precision, rounding down, so a
        // status seen during the walk is never taken for one not seen.
        return Sql.update(connection, "UPDATE statuses SET deleted_at = ? WHERE instance = ? AND deleted_at IS NULL"
                        + " AND last_seen < ? AND id IN (SELECT status_id FROM timeline_entries"
                        + " WHERE instance = ? AND owner_id = ? AND timeline = ?)",
                deletedAt.truncatedTo(ChronoUnit.MICROS), timeline.instance(),
                walkStartedAt.truncatedTo(ChronoUnit.MICROS), timeline.instance(), timeline.account(),
                timeline.collection());
    }

    List<String> statusesWithNewEdits(CollectionKey timeline) throws SQLException {
        return ids("SELECT s.id" + LINKED + " AND s.edited_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM status_edits e"
                + " WHERE e.instance = s.instance AND e.status_id = s.id AND e.created_at >= s.edited_at) ORDER BY s.id",
                timeline);
    }

    List<String> originalStatusIds(CollectionKey timeline) throws SQLException {
        return ids("SELECT s.id" + LINKED + " AND s.reblog_of_id IS NULL ORDER BY s.id", timeline);
    }

    List<PollRef> openPolls(CollectionKey timeline) throws SQLException {
        List<PollRef> polls = new ArrayList<>();
        query("SELECT p.id, s.id" + LINKED.replace(" WHERE ", " JOIN polls p ON p.instance = s.instance"
                + " AND p.id = s.poll_id WHERE ") + " AND (p.expired IS NULL OR p.expired = FALSE) ORDER BY p.id",
                timeline, result -> polls.add(new PollRef(result.getString(1), result.getString(2))));
        return polls;
    }

    List<PendingMedia> mediaWithoutFile(CollectionKey timeline) throws SQLException {
        List<PendingMedia> media = new ArrayList<>();
        query("SELECT m.id, m.status_id, m.type, m.url, m.remote_url" + LINKED.replace(" WHERE ",
                        " JOIN media m ON m.instance = s.instance AND m.status_id = s.id WHERE ")
                        + " AND m.local_file IS NULL ORDER BY m.id",
                timeline, result -> media.add(new PendingMedia(timeline.instance(), result.getString(1),
                        result.getString(2), result.getString(3), Optional.ofNullable(result.getString(4)),
                        Optional.ofNullable(result.getString(5)))));
        return media;
    }

    void recordMediaFile(String instance, String mediaId, String localFile, String sha256) throws SQLException {
        Sql.update(connection, "UPDATE media SET local_file = ?, sha256 = ? WHERE instance = ? AND id = ?",
                localFile, sha256, instance, mediaId);
    }

    private List<String> ids(String sql, CollectionKey timeline) throws SQLException {
        List<String> ids = new ArrayList<>();
        query(sql, timeline, result -> ids.add(result.getString(1)));
        return ids;
    }

    private void query(String sql, CollectionKey timeline, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bindAll(statement, timeline.instance(), timeline.account(), timeline.collection());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }
}
