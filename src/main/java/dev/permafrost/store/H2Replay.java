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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies an H2 archive into another archive through {@link Archive#write}: the raw JSON of each
 * table is read back into entities and written as batches of the collections they were linked
 * to (timelines, favourites, follows...), so any archive implementation can take them. Tables are
 * read with {@link KeyPager}, a page at a time.
 *
 * <p>What a replay cannot carry, because {@link Archive} has no way to say it: the target's
 * {@code first_seen}/{@code last_seen} are the time of the copy; an ended relation is ended at the
 * time of the copy (by a walk that misses it); accounts get the version embedded in the last item replayed, not necessarily the latest
 * seen; a superseded status version linked to no timeline is skipped and counted.
 */
final class H2Replay {
    private static final int BATCH = 1000;

    private final Connection source;
    private final KeyPager pager;
    private final Archive target;
    private final Json json = Json.create();
    private long batches;
    private long items;
    private long skipped;

    H2Replay(Connection source, Archive target) {
        this.source = source;
        this.pager = new KeyPager(source);
        this.target = target;
    }

    H2Archive.CopyReport run() throws SQLException {
        // Older versions first: statuses nested in notifications and conversations, and archived
        // versions, before the current rows of the statuses table.
        owned("notifications", Notification.class);
        owned("conversations", Conversation.class);
        history();
        statuses("timeline_entries", "d.timeline", false);
        statuses("favourites", "'favourites'", true);
        statuses("bookmarks", "'bookmarks'", true);
        polls();
        relations("follows", "SELECT d.*, d.follower_id AS owner, 'following' AS collection,"
                + " d.followed_id AS item FROM follows d", this::accounts);
        for (String table : List.of("blocks", "mutes")) {
            relations(table, "SELECT d.*, d.owner_id AS owner, '" + table + "' AS collection, d.account_id AS item"
                    + " FROM " + table + " d", this::accounts);
        }
        relations("list_members", "SELECT d.*, d.owner_id AS owner, 'list-members:' || d.list_id AS collection,"
                + " d.account_id AS item FROM list_members d", this::accounts);
        relations("status_interactions", "SELECT d.*, '' AS owner, CASE d.kind WHEN 'reblog' THEN 'reblogged-by:'"
                + " ELSE 'favourited-by:' END || d.status_id AS collection, d.account_id AS item"
                + " FROM status_interactions d", this::accounts);
        relations("domain_blocks", "SELECT d.*, d.owner_id AS owner, 'domain-blocks' AS collection,"
                + " d.domain AS item FROM domain_blocks d", (instance, domains) -> new ArrayList<>(
                        domains.stream().map(DomainName::of).toList()));
        relations("lists", ownedRelation("lists", "lists"), MastodonList.class);
        relations("followed_tags", "SELECT d.*, d.owner_id AS owner, 'followed-tags' AS collection,"
                + " d.raw AS item FROM followed_tags d", Tag.class);
        relations("filters", ownedRelation("filters", "filters"), Filter.class);
        relations("scheduled_statuses", ownedRelation("scheduled_statuses", "scheduled"), ScheduledStatus.class);
        deletions();
        mediaFiles();
        checkpointsAndWriteActions();
        return new H2Archive.CopyReport(batches, items, skipped);
    }

    private static String ownedRelation(String table, String collection) {
        return "SELECT d.*, d.owner_id AS owner, '" + collection + "' AS collection, d.raw AS item FROM "
                + table + " d";
    }

    /** Notifications or conversations, as batches of their owner's collection. */
    private void owned(String table, Class<? extends Entity> type) throws SQLException {
        try (Pending pending = new Pending()) {
            pager.forEach(table, "SELECT d.instance, d.owner_id, d.id, d.raw FROM " + table + " d", "d.raw IS NOT NULL",
                    row -> pending.add(new CollectionKey(row.string("instance"), row.string("owner_id"), table),
                            Optional.empty(), read(row.string("raw"), type)));
        }
    }

    /**
     * The current version of statuses, in the timelines, favourites or bookmarks they were in;
     * favourites and bookmarks keep the cursor of their page (a batch per run of equal cursors).
     * The link table is paged alone and the statuses fetched by key per chunk: H2 plans a join
     * of the two badly (a scan of the statuses for every page).
     */
    private void statuses(String table, String collection, boolean saved) throws SQLException {
        try (Pending pending = new Pending()) {
            List<Row> chunk = new ArrayList<>();
            pager.forEach(table, "SELECT d.*, " + collection + " AS collection FROM " + table + " d", "",
                    new KeyPager.Handler() {
                        @Override
                        public void row(Row row) throws SQLException {
                            chunk.add(row);
                            if (chunk.size() >= BATCH) {
                                groupEnd();
                            }
                        }

                        @Override
                        public void groupEnd() throws SQLException {
                            if (chunk.isEmpty()) {
                                return;
                            }
                            String instance = chunk.get(0).string("instance");
                            Map<Object, Object[]> raws = raws("statuses", instance,
                                    chunk.stream().map(row -> row.string("status_id")).toList());
                            for (Row row : chunk) {
                                Object[] raw = raws.get(row.string("status_id"));
                                if (raw == null || raw[0] == null) {
                                    skipped++;
                                    continue;
                                }
                                pending.add(new CollectionKey(instance, row.string("owner_id"), row.string("collection")),
                                        saved ? Optional.ofNullable(row.string("cursor")) : Optional.empty(),
                                        read((String) raw[0], Status.class));
                            }
                            chunk.clear();
                        }
                    });
        }
    }

    /** The raw JSON of entities of one instance by id: one keyed lookup. */
    private Map<Object, Object[]> raws(String table, String instance, Collection<String> ids) throws SQLException {
        return Sql.existing(source, table, List.of("instance"), List.of(instance), "id", new LinkedHashSet<>(ids),
                List.of("raw"));
    }

    /**
     * The edit history: revisions from the API go back as edit batches; archived versions of
     * statuses (the status JSON itself) are written as statuses of a timeline they were in,
     * before the current versions, so the target moves them to its own history.
     */
    private void history() throws SQLException {
        List<Row> superseded = new ArrayList<>();
        try (Pending pending = new Pending()) {
            pager.forEach("status_edits", "SELECT d.instance, d.status_id, d.created_at, d.raw FROM status_edits d",
                    "d.raw IS NOT NULL", row -> {
                        JsonNode tree = json.tree(row.string("raw").getBytes(StandardCharsets.UTF_8));
                        if (tree.has("id")) {
                            superseded.add(row);
                        } else {
                            pending.add(new CollectionKey(row.string("instance"), "", "edits:" + row.string("status_id")),
                                    Optional.empty(), read(row.string("raw"), StatusEdit.class));
                        }
                    });
        }
        for (Row version : superseded) {
            Optional<CollectionKey> timeline = firstTimeline(version.string("instance"), version.string("status_id"));
            if (timeline.isEmpty()) {
                skipped++;
                continue;
            }
            write(new Batch(timeline.get(), List.of(read(version.string("raw"), Status.class)), Optional.empty(),
                    Optional.empty()));
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

    /** Standalone polls, after the statuses that carry them, so their latest state wins. */
    private void polls() throws SQLException {
        try (Pending pending = new Pending()) {
            pager.forEach("polls", "SELECT d.instance, d.id, d.raw FROM polls d", "d.raw IS NOT NULL",
                    row -> pending.add(new CollectionKey(row.string("instance"), "", "polls"), Optional.empty(),
                            read(row.string("raw"), Poll.class)));
        }
    }

    private void relations(String table, String select, Class<? extends Entity> type) throws SQLException {
        relations(table, select, (instance, items) -> {
            List<Entity> entities = new ArrayList<>();
            for (String raw : items) {
                entities.add(read(raw, type));
            }
            return entities;
        });
    }

    /** The accounts with the given ids, from the accounts table; ids without a row are skipped. */
    private List<Entity> accounts(String instance, List<String> ids) throws SQLException {
        List<Entity> accounts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Object, Object[]> raws = raws("accounts", instance, chunk);
            for (String id : chunk) {
                Object[] raw = raws.get(id);
                if (raw == null || raw[0] == null) {
                    skipped++;
                } else {
                    accounts.add(read((String) raw[0], Account.class));
                }
            }
        }
        return accounts;
    }

    /** Turns the items of one collection (raw JSON, or ids to look up) into entities. */
    @FunctionalInterface
    private interface Items {
        List<Entity> resolve(String instance, List<String> items) throws SQLException;
    }

    /**
     * Rows selecting (owner, collection, ended_at, item): per collection, the ended relations are
     * written first, then a walk starts and the standing ones are written, and the walk is
     * finished, so the target ends exactly the relations that had ended.
     */
    private void relations(String table, String select, Items items) throws SQLException {
        List<String> ended = new ArrayList<>();
        List<String> standing = new ArrayList<>();
        CollectionKey[] current = {null};
        pager.forEach(table, select, "", new KeyPager.Handler() {
            @Override
            public void row(Row row) throws SQLException {
                CollectionKey key = new CollectionKey(row.string("instance"),
                        Objects.requireNonNullElse(row.string("owner"), ""), row.string("collection"));
                if (!key.equals(current[0])) {
                    groupEnd();
                    current[0] = key;
                }
                String item = row.string("item");
                if (item == null) {
                    skipped++;
                } else {
                    (row.get("ended_at") != null ? ended : standing).add(item);
                }
            }

            @Override
            public void groupEnd() throws SQLException {
                if (current[0] != null) {
                    walk(current[0], items.resolve(current[0].instance(), ended),
                            items.resolve(current[0].instance(), standing));
                }
                ended.clear();
                standing.clear();
                current[0] = null;
            }
        });
    }

    private void walk(CollectionKey key, List<Entity> ended, List<Entity> standing) {
        if (ended.isEmpty() && standing.isEmpty()) {
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
    }

    private void writeAll(CollectionKey key, List<Entity> entities) {
        for (int from = 0; from < entities.size(); from += BATCH) {
            write(new Batch(key, entities.subList(from, Math.min(entities.size(), from + BATCH)), Optional.empty(),
                    Optional.empty()));
        }
    }

    private void deletions() throws SQLException {
        pager.forEach("statuses", "SELECT d.instance, d.id, d.deleted_at FROM statuses d", "d.deleted_at IS NOT NULL",
                row -> target.recordDeletion(row.string("instance"), row.string("id"), row.instant("deleted_at")));
    }

    /** Downloaded media files, recorded on the media rows the statuses brought along. */
    private void mediaFiles() throws SQLException {
        pager.forEach("media", "SELECT d.instance, d.id, d.local_file, d.sha256 FROM media d", "d.local_file IS NOT NULL",
                row -> target.recordMediaFile(row.string("instance"), row.string("id"), row.string("local_file"),
                        row.string("sha256")));
    }

    private void checkpointsAndWriteActions() throws SQLException {
        pager.forEach("checkpoints", "SELECT * FROM checkpoints d", "", row -> write(Batch.checkpointOnly(
                new Checkpoint(new CollectionKey(row.string("instance"), row.string("account"), row.string("collection")),
                        row.string("cursor"), row.string("state"), row.instant("updated_at")))));
        pager.forEach("write_actions", "SELECT * FROM write_actions d", "", row -> target.recordWriteAction(
                new WriteAction(row.string("instance"), row.string("account"), row.string("action"),
                        row.string("target_id"), row.string("request"), row.string("response"), row.string("outcome"),
                        row.instant("at"))));
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
