package dev.permafrost.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The archive in an H2 database file: {@code h2:PATH} is {@code jdbc:h2:file:PATH} (the file
 * {@code PATH.mv.db}), user {@code sa}, tables in the default schema under the names of the
 * contract (README.md, "The archive"), so any H2 tool opens it with that URL while no Permafrost
 * has it open.
 *
 * <p>Opening creates the file and its folder if needed and migrates the schema with Flyway;
 * an archive written by a newer Permafrost is refused ({@link ArchiveVersionException}).
 *
 * <p>Thread-safe: one connection, every operation under one lock, so concurrent routes write one
 * batch after the other. H2 writes a file through one writer anyway, and batches are
 * milliseconds long; a pool would add contention and upsert races, not speed. Open one
 * H2Archive per file and share it: two on the same file would race. Failures roll the
 * transaction back and throw {@link ArchiveException}; invalid batches throw
 * {@link IllegalArgumentException}, also after a rollback.
 */
public final class H2Archive implements Archive {
    private final Path path;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    H2Archive(Path path, Connection connection, Clock clock) {
        this.path = path;
        this.connection = connection;
        this.clock = clock;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new ArchiveException("cannot start using the H2 archive " + path + ": " + e.getMessage(), e);
        }
    }

    /** Opens (creating or migrating as needed) the archive at {@code path}, user sa, empty password. */
    public static H2Archive open(Path path) {
        return open(path, "");
    }

    /** Opens the archive at {@code path} with a password for user sa. */
    public static H2Archive open(Path path, String password) {
        return open(path, password, Clock.systemUTC());
    }

    static H2Archive open(Path path, String password, Clock clock) {
        String url = H2Schema.connectionUrl(path);
        H2Schema.createParent(path);
        // Connect before Flyway does: a file held by another process gets the clear message.
        Connection connection = connect(url, password, path);
        try {
            H2Schema.migrate(url, password, path);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new H2Archive(path, connection, clock);
    }

    static Connection connect(String url, String password, Path path) {
        try {
            return DriverManager.getConnection(url, H2Schema.USER, password);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // DATABASE_ALREADY_OPEN
                throw new ArchiveException("the H2 archive " + path + " is open in another program; H2 lets one"
                        + " process use a file at a time, so close that program first", e);
            }
            throw new ArchiveException("cannot open the H2 archive " + path + ": " + e.getMessage(), e);
        }
    }

    /** Where the archive is, as given when opened. */
    public Path path() {
        return path;
    }

    @Override
    public void write(Batch batch) {
        inTransaction("write a batch of " + batch.key(), () -> new H2BatchWriter(connection, now()).write(batch));
    }

    @Override
    public Optional<Checkpoint> checkpoint(CollectionKey key) {
        List<Checkpoint> found = queryCheckpoints(" WHERE instance = ? AND account = ? AND collection = ?",
                key.instance(), key.account(), key.collection());
        return found.stream().findFirst();
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return queryCheckpoints(" ORDER BY instance, account, collection");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Relations whose {@code last_seen} is before {@code walkStartedAt} get {@code ended_at} =
     * now; a later walk that sees one again clears it.
     *
     * @throws IllegalArgumentException when the collection is not a relationship collection
     */
    @Override
    public void finishWalk(CollectionKey key, Instant walkStartedAt) {
        WalkScope scope = WalkScope.of(key);
        // last_seen is stored to the microsecond: compare at that precision, rounding down, so a
        // relation seen during the walk is never taken for one not seen.
        Instant since = walkStartedAt.truncatedTo(ChronoUnit.MICROS);
        inTransaction("finish the walk of " + key, () -> {
            List<Object> values = new ArrayList<>();
            values.add(now());
            values.addAll(scope.values());
            values.add(since);
            Sql.update(connection, "UPDATE " + scope.table() + " SET ended_at = ? WHERE " + scope.condition()
                    + " AND ended_at IS NULL AND last_seen < ?", values.toArray());
        });
    }

    /** {@inheritDoc} A status never archived is left alone: there is no row to mark. */
    @Override
    public void recordDeletion(String instance, String statusId, Instant deletedAt) {
        inTransaction("record the deletion of status " + statusId, () -> Sql.update(connection,
                "UPDATE statuses SET deleted_at = ? WHERE instance = ? AND id = ? AND deleted_at IS NULL",
                deletedAt, instance, statusId));
    }

    @Override
    public int markUnseenDeleted(CollectionKey timeline, Instant walkStartedAt, Instant deletedAt) {
        return inTransaction("mark the deleted statuses of " + timeline,
                () -> new H2FollowUps(connection).markUnseenDeleted(timeline, walkStartedAt, deletedAt));
    }

    @Override
    public List<String> statusesWithNewEdits(CollectionKey timeline) {
        return inTransaction("find the edited statuses of " + timeline,
                () -> new H2FollowUps(connection).statusesWithNewEdits(timeline));
    }

    @Override
    public List<String> originalStatusIds(CollectionKey timeline) {
        return inTransaction("list the statuses of " + timeline,
                () -> new H2FollowUps(connection).originalStatusIds(timeline));
    }

    @Override
    public List<PollRef> openPolls(CollectionKey timeline) {
        return inTransaction("list the open polls of " + timeline, () -> new H2FollowUps(connection).openPolls(timeline));
    }

    @Override
    public List<PendingMedia> mediaWithoutFile(CollectionKey timeline) {
        return inTransaction("list the media to download of " + timeline,
                () -> new H2FollowUps(connection).mediaWithoutFile(timeline));
    }

    @Override
    public void recordMediaFile(String instance, String mediaId, String localFile, String sha256) {
        inTransaction("record the file of media " + mediaId,
                () -> new H2FollowUps(connection).recordMediaFile(instance, mediaId, localFile, sha256));
    }

    @Override
    public void recordWriteAction(WriteAction action) {
        inTransaction("record the write action " + action.action(), () -> Sql.update(connection,
                "INSERT INTO write_actions (instance, account, action, target_id, request, response, outcome, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                action.instance(), action.account(), action.action(), action.targetId(), action.request(),
                action.response(), action.outcome(), action.at()));
    }

    @Override
    public List<TableCount> counts() {
        return inTransaction("count rows", () -> {
            List<TableCount> counts = new ArrayList<>();
            for (String table : ArchiveTables.names()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT instance, COUNT(*) FROM " + table + " GROUP BY instance ORDER BY instance");
                     ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        counts.add(new TableCount(table, result.getString(1), result.getLong(2)));
                    }
                }
            }
            return counts;
        });
    }

    /** The tables this archive has, in contract order. */
    public List<String> tables() {
        return ArchiveTables.names();
    }

    /**
     * Hands every row of a table to {@code sink}, in key order, a page at a time (the table is
     * never held in memory). Writes wait until the scan ends.
     */
    public void scan(String table, Consumer<Row> sink) {
        ArchiveTables.key(table);
        inTransaction("read table " + table, () -> new KeyPager(connection)
                .forEach(table, "SELECT * FROM " + table + " d", "", sink::accept));
    }

    /**
     * Copies this archive into another one, collection by collection, through
     * {@link Archive#write}, so any implementation can take it (see {@link H2Replay} for what a
     * replay cannot carry: first/last seen times, media file columns). Meant for a new, empty
     * target; writes to this archive wait until the copy ends.
     *
     * @return what was written: batches, items, and rows skipped because nothing linked them
     */
    public CopyReport copyTo(Archive target) {
        if (target == this) {
            throw new IllegalArgumentException("cannot copy the archive " + path + " onto itself");
        }
        return inTransaction("copy the archive", () -> new H2Replay(connection, target).run());
    }

    /** What {@link #copyTo} wrote. */
    public record CopyReport(long batches, long items, long skipped) {}

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new ArchiveException("cannot close the H2 archive " + path + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "H2Archive[" + path + "]";
    }

    private Instant now() {
        // TIMESTAMP WITH TIME ZONE keeps microseconds: store what reads back identically.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private List<Checkpoint> queryCheckpoints(String where, Object... values) {
        return inTransaction("read checkpoints", () -> {
            List<Checkpoint> checkpoints = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT instance, account, collection, cursor, state, updated_at FROM checkpoints" + where)) {
                Sql.bindAll(statement, values);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        checkpoints.add(new Checkpoint(
                                new CollectionKey(result.getString(1), result.getString(2), result.getString(3)),
                                result.getString(4), result.getString(5), (Instant) Sql.value(result, 6)));
                    }
                }
            }
            return checkpoints;
        });
    }

    private void inTransaction(String what, SqlWork work) {
        inTransaction(what, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inTransaction(String what, SqlQuery<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the H2 archive " + path + " is closed; cannot " + what);
            }
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                    || e instanceof ArchiveException) {
                throw (RuntimeException) e;
            }
            throw new ArchiveException("cannot " + what + " in the H2 archive " + path + " (nothing of it was"
                    + " stored): " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Exception cause) {
        try {
            if (!closed && !connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Work inside a transaction that returns a value. */
    @FunctionalInterface
    private interface SqlQuery<T> {
        T run() throws SQLException;
    }
}
