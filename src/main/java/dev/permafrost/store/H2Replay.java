package dev.permafrost.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.Json;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Copies an H2 archive into another archive through {@link Archive#write}: the raw JSON of each
 * table is read back into entities and written as batches of the collections they were linked
 * to (timelines, favourites, follows...), so any archive implementation can take them.
 *
 * <p>What a replay cannot carry, because {@link Archive} has no way to say it: the target's
 * {@code first_seen}/{@code last_seen} are the time of the copy; an ended relation is ended at the
 * time of the copy (a walk that misses it); {@code media.local_file}/{@code sha256} are not
 * copied; a superseded status version linked to no timeline, and statuses only reachable
 * through nothing (never the case for what a crawl writes) are skipped and counted.
 */
final class H2Replay {
    private static final int BATCH = 1000;

    private final Connection source;
    private final Archive target;
    private final Json json = Json.create();
    private long batches;
    private long items;
    private long skipped;

    H2Replay(Connection source, Archive target) {
        this.source = source;
        this.target = target;
    }

    H2Archive.CopyReport run() throws SQLException {
        entities("SELECT instance, owner_id, 'notifications', raw FROM notifications WHERE raw IS NOT NULL"
                + " ORDER BY instance, owner_id, id", Notification.class);
        entities("SELECT instance, owner_id, 'conversations', raw FROM conversations WHERE raw IS NOT NULL"
                + " ORDER BY instance, owner_id, id", Conversation.class);
        history();
        entities("SELECT e.instance, e.owner_id, e.timeline, s.raw FROM timeline_entries e JOIN statuses s"
                + " ON s.instance = e.instance AND s.id = e.status_id WHERE s.raw IS NOT NULL"
                + " ORDER BY e.instance, e.owner_id, e.timeline, e.status_id", Status.class);
        for (String saved : List.of("favourites", "bookmarks")) {
            saved(saved);
        }
        entities("SELECT instance, '', 'polls', raw FROM polls WHERE raw IS NOT NULL ORDER BY instance, id", Poll.class);
        relations("SELECT f.instance, f.follower_id, 'following', a.raw, f.ended_at IS NOT NULL FROM follows f"
                + " LEFT JOIN accounts a ON a.instance = f.instance AND a.id = f.followed_id", Account.class);
        for (String table : List.of("blocks", "mutes")) {
            relations("SELECT r.instance, r.owner_id, '" + table + "', a.raw, r.ended_at IS NOT NULL FROM " + table
                    + " r LEFT JOIN accounts a ON a.instance = r.instance AND a.id = r.account_id", Account.class);
        }
        relations("SELECT m.instance, m.owner_id, 'list-members:' || m.list_id, a.raw, m.ended_at IS NOT NULL"
                + " FROM list_members m LEFT JOIN accounts a ON a.instance = m.instance AND a.id = m.account_id",
                Account.class);
        relations("SELECT i.instance, '', CASE i.kind WHEN 'reblog' THEN 'reblogged-by:' ELSE 'favourited-by:' END"
                + " || i.status_id, a.raw, i.ended_at IS NOT NULL FROM status_interactions i"
                + " LEFT JOIN accounts a ON a.instance = i.instance AND a.id = i.account_id", Account.class);
        relations("SELECT instance, owner_id, 'domain-blocks', domain, ended_at IS NOT NULL FROM domain_blocks",
                DomainName::of);
        relations("SELECT instance, owner_id, 'lists', raw, ended_at IS NOT NULL FROM lists", MastodonList.class);
        relations("SELECT instance, owner_id, 'followed-tags', raw, ended_at IS NOT NULL FROM followed_tags", Tag.class);
        relations("SELECT instance, owner_id, 'filters', raw, ended_at IS NOT NULL FROM filters", Filter.class);
        relations("SELECT instance, owner_id, 'scheduled', raw, ended_at IS NOT NULL FROM scheduled_statuses",
                ScheduledStatus.class);
        deletions();
        checkpointsAndWriteActions();
        return new H2Archive.CopyReport(batches, items, skipped);
    }

    /** Rows of (instance, owner, collection, raw) in collection order, written as batches. */
    private void entities(String sql, Class<? extends Entity> type) throws SQLException {
        try (Pending pending = new Pending(); PreparedStatement statement = source.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                pending.add(key(result), Optional.empty(), read(result.getString(4), type));
            }
        }
    }

    private void saved(String table) throws SQLException {
        try (Pending pending = new Pending(); PreparedStatement statement = source.prepareStatement(
                "SELECT f.instance, f.owner_id, '" + table + "', s.raw, f.cursor FROM " + table + " f JOIN statuses s"
                        + " ON s.instance = f.instance AND s.id = f.status_id WHERE s.raw IS NOT NULL"
                        + " ORDER BY f.instance, f.owner_id, f.cursor, f.status_id");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                pending.add(key(result), Optional.ofNullable(result.getString(5)), read(result.getString(4), Status.class));
            }
        }
    }

    /**
     * The edit history: revisions from the API go back as edit batches; archived versions of
     * statuses (the status JSON itself) are written as statuses of a timeline they were in,
     * before the current versions, so the target moves them to its own history.
     */
    private void history() throws SQLException {
        List<String[]> superseded = new ArrayList<>();
        try (Pending pending = new Pending(); PreparedStatement statement = source.prepareStatement(
                "SELECT instance, status_id, raw FROM status_edits WHERE raw IS NOT NULL"
                        + " ORDER BY instance, status_id, created_at");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String raw = result.getString(3);
                JsonNode tree = json.tree(raw.getBytes(StandardCharsets.UTF_8));
                if (tree.has("id")) {
                    superseded.add(new String[] {result.getString(1), result.getString(2), raw});
                } else {
                    CollectionKey key = new CollectionKey(result.getString(1), "", "edits:" + result.getString(2));
                    pending.add(key, Optional.empty(), read(raw, StatusEdit.class));
                }
            }
        }
        for (String[] version : superseded) {
            Optional<CollectionKey> timeline = firstTimeline(version[0], version[1]);
            if (timeline.isEmpty()) {
                skipped++;
                continue;
            }
            write(new Batch(timeline.get(), List.of(read(version[2], Status.class)), Optional.empty(), Optional.empty()));
        }
    }

    private Optional<CollectionKey> firstTimeline(String instance, String statusId) throws SQLException {
        try (PreparedStatement statement = source.prepareStatement("SELECT owner_id, timeline FROM timeline_entries"
                + " WHERE instance = ? AND status_id = ? ORDER BY owner_id, timeline LIMIT 1")) {
            Sql.bindAll(statement, instance, statusId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new CollectionKey(instance, result.getString(1), result.getString(2)))
                        : Optional.empty();
            }
        }
    }

    private void relations(String sql, Class<? extends Entity> type) throws SQLException {
        relations(sql, raw -> read(raw, type));
    }

    /**
     * Rows of (instance, owner, collection, raw, ended): per collection, the ended relations are
     * written first, then a walk starts and the standing ones are written, and the walk is
     * finished, so the target ends exactly the relations that had ended.
     */
    private void relations(String sql, Function<String, Entity> parse) throws SQLException {
        String ordered = "SELECT * FROM (" + sql + ") r(instance, owner, collection, item, ended) ORDER BY instance,"
                + " owner, collection, ended DESC, item";
        CollectionKey current = null;
        List<Entity> ended = new ArrayList<>();
        List<Entity> standing = new ArrayList<>();
        try (PreparedStatement statement = source.prepareStatement(ordered); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                CollectionKey key = key(result);
                if (!key.equals(current)) {
                    walk(current, ended, standing);
                    current = key;
                }
                String item = result.getString(4);
                if (item == null) {
                    skipped++;
                } else {
                    (result.getBoolean(5) ? ended : standing).add(parse.apply(item));
                }
            }
        }
        walk(current, ended, standing);
    }

    private void walk(CollectionKey key, List<Entity> ended, List<Entity> standing) {
        if (key == null || (ended.isEmpty() && standing.isEmpty())) {
            return;
        }
        writeAll(key, ended);
        Instant endedWritten = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant walkStarted = Instant.now().truncatedTo(ChronoUnit.MICROS);
        while (!walkStarted.isAfter(endedWritten)) {
            // The walk must start after the ended relations were last seen, at the archive's
            // microsecond precision: at most a microsecond of waiting.
            walkStarted = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        writeAll(key, standing);
        if (!ended.isEmpty()) {
            target.finishWalk(key, walkStarted);
        }
        ended.clear();
        standing.clear();
    }

    private void writeAll(CollectionKey key, List<Entity> entities) {
        for (int from = 0; from < entities.size(); from += BATCH) {
            write(new Batch(key, entities.subList(from, Math.min(entities.size(), from + BATCH)), Optional.empty(),
                    Optional.empty()));
        }
    }

    private void deletions() throws SQLException {
        List<Object[]> deleted = new ArrayList<>();
        try (PreparedStatement statement = source.prepareStatement(
                "SELECT instance, id, deleted_at FROM statuses WHERE deleted_at IS NOT NULL ORDER BY instance, id");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                deleted.add(new Object[] {result.getString(1), result.getString(2), Sql.value(result, 3)});
            }
        }
        for (Object[] deletion : deleted) {
            target.recordDeletion((String) deletion[0], (String) deletion[1], (Instant) deletion[2]);
        }
    }

    private void checkpointsAndWriteActions() throws SQLException {
        try (PreparedStatement statement = source.prepareStatement("SELECT instance, account, collection, cursor,"
                + " state, updated_at FROM checkpoints ORDER BY instance, account, collection");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                write(Batch.checkpointOnly(new Checkpoint(key(result), result.getString(4), result.getString(5),
                        (Instant) Sql.value(result, 6))));
            }
        }
        try (PreparedStatement statement = source.prepareStatement("SELECT instance, account, action, target_id,"
                + " request, response, outcome, at FROM write_actions ORDER BY id");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                target.recordWriteAction(new WriteAction(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                        (Instant) Sql.value(result, 8)));
            }
        }
    }

    private static CollectionKey key(ResultSet result) throws SQLException {
        return new CollectionKey(result.getString(1), Objects.requireNonNullElse(result.getString(2), ""),
                result.getString(3));
    }

    private Entity read(String raw, Class<? extends Entity> type) {
        return json.read(raw.getBytes(StandardCharsets.UTF_8), type);
    }

    private void write(Batch batch) {
        target.write(batch);
        batches++;
        items += batch.items().size();
    }

    /** Collects items of one collection and writes them as batches of at most {@value #BATCH}. */
    private final class Pending implements AutoCloseable {
        private CollectionKey key;
        private Optional<String> cursor = Optional.empty();
        private final List<Entity> entities = new ArrayList<>();

        void add(CollectionKey itemKey, Optional<String> itemCursor, Entity entity) {
            if (!itemKey.equals(key) || !itemCursor.equals(cursor) || entities.size() >= BATCH) {
                flush();
                key = itemKey;
                cursor = itemCursor;
            }
            entities.add(entity);
        }

        private void flush() {
            if (!entities.isEmpty()) {
                write(new Batch(key, List.copyOf(entities), cursor, Optional.empty()));
                entities.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
