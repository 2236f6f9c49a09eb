package dev.permafrost.store.parquet;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;

/**
 * The datasets of the Parquet archive: one per table of the shared store contract
 * ({@code notes/STORE-SCHEMA.md}), each with its key, how it changes and which timestamp names its
 * date partition. The columns themselves are in {@code schemas/<name>.avsc}.
 */
enum Dataset {
    ACCOUNTS(Kind.VERSIONED, "created_at", "id"),
    STATUSES(Kind.VERSIONED, "created_at", "id"),
    NOTIFICATIONS(Kind.ONCE, "created_at", "owner_id", "id"),
    FAVOURITES(Kind.ONCE, "first_seen", "owner_id", "status_id"),
    BOOKMARKS(Kind.ONCE, "first_seen", "owner_id", "status_id"),
    FOLLOWS(Kind.RELATION, "first_seen", "follower_id", "followed_id"),
    TIMELINE_ENTRIES(Kind.ONCE, "first_seen", "owner_id", "timeline", "status_id"),
    LISTS(Kind.RELATION, "first_seen", "owner_id", "id"),
    LIST_MEMBERS(Kind.RELATION, "first_seen", "list_id", "account_id"),
    BLOCKS(Kind.RELATION, "first_seen", "owner_id", "account_id"),
    MUTES(Kind.RELATION, "first_seen", "owner_id", "account_id"),
    DOMAIN_BLOCKS(Kind.RELATION, "first_seen", "owner_id", "domain"),
    FOLLOWED_TAGS(Kind.RELATION, "first_seen", "owner_id", "name"),
    STATUS_INTERACTIONS(Kind.RELATION, "first_seen", "status_id", "kind", "account_id"),
    CONVERSATIONS(Kind.VERSIONED, "first_seen", "owner_id", "id"),
    FILTERS(Kind.RELATION, "first_seen", "owner_id", "id"),
    SCHEDULED_STATUSES(Kind.RELATION, "first_seen", "owner_id", "id"),
    POLLS(Kind.VERSIONED, "first_seen", "id"),
    MEDIA(Kind.ANNOTATED, "first_seen", "id"),
    STATUS_EDITS(Kind.ONCE, "created_at", "status_id", "created_at"),
    WRITE_ACTIONS(Kind.ONCE, "at", "id");

    /** How rows of a dataset change. */
    enum Kind {
        /** Written once per key; a key already archived is skipped. */
        ONCE,
        /**
         * Written once per key by crawls, as {@link #ONCE}; the archive adds versions that fill
         * columns of its own (media: {@code local_file} and {@code sha256} of the downloaded file).
         * The greatest {@code last_seen} is current.
         */
        ANNOTATED,
        /** A new row (version) whenever a typed column changes; the greatest {@code last_seen} is current. */
        VERSIONED,
        /** Versioned, and ended by {@code finishWalk} when a complete re-walk no longer finds it. */
        RELATION
    }

    /** Columns left out of {@code row_hash}: they change without the entity changing. */
    static final Set<String> UNHASHED = Set.of("first_seen", "last_seen", "raw", "row_hash");
    /**
     * For statuses, also the text and the lists drawn from it: they change only by an edit, which
     * always moves {@code edited_at} (in the hash), and hashing them costs more than encoding them.
     */
    static final Set<String> UNHASHED_STATUS = Set.of("first_seen", "last_seen", "raw", "row_hash", "content",
            "mentions", "tags", "emojis", "media");

    /** The columns of media that the downloader fills; see {@link Kind#ANNOTATED}. */
    private static final List<String> ANNOTATIONS = List.of("local_file", "sha256");

    private final Kind kind;
    private final String dateColumn;
    private final List<String> keyColumns;

    Dataset(Kind kind, String dateColumn, String... keyColumns) {
        this.kind = kind;
        this.dateColumn = dateColumn;
        this.keyColumns = List.of(keyColumns);
    }

    /** The dataset's directory and table name, e.g. {@code timeline_entries}. */
    String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    Kind kind() {
        return kind;
    }

    /** Whether crawls write a new version when a row changes (its {@code row_hash}). */
    boolean versioned() {
        return kind == Kind.VERSIONED || kind == Kind.RELATION;
    }

    /** Whether the key index keeps, per key, the current version's partition day and first-seen time. */
    boolean indexesVersions() {
        return kind != Kind.ONCE;
    }

    /**
     * The columns an {@link Kind#ANNOTATED} dataset's own versions fill, which the index
     * summarises in {@link #annotation}; empty for other datasets.
     */
    List<String> annotationColumns() {
        return kind == Kind.ANNOTATED ? ANNOTATIONS : List.of();
    }

    /**
     * A hash of a row's annotation columns (for media: which file is recorded), or 0 when they
     * are all null; the index keeps it where versioned datasets keep {@code row_hash}.
     */
    long annotation(GenericRecord row) {
        List<String> columns = annotationColumns();
        Object[] values = new Object[columns.size()];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            Object value = row.get(columns.get(i));
            values[i] = value == null ? "" : value.toString();
            any |= value != null;
        }
        return any ? Hash64.key(tableName(), values) : 0;
    }

    /** The timestamp column whose UTC day names the partition; {@code first_seen} when it is null. */
    String dateColumn() {
        return dateColumn;
    }

    /** The key columns after {@code instance}, which starts every key. */
    List<String> keyColumns() {
        return keyColumns;
    }

    /** The columns left out of this dataset's {@code row_hash}. */
    Set<String> unhashed() {
        return this == STATUSES ? UNHASHED_STATUS : UNHASHED;
    }

    /** The hash of a row's key: its instance and key columns. */
    long keyHash(GenericRecord row) {
        Object[] values = new Object[keyColumns.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = row.get(keyColumns.get(i));
            values[i] = value instanceof CharSequence text ? text.toString() : value;
        }
        return Hash64.key(row.get("instance").toString(), values);
    }

    /** Fails naming the column when a key column of the row is null. */
    void requireKey(GenericRecord row) {
        if (row.get("instance") == null) {
            throw new IllegalArgumentException(tableName() + " row has no instance");
        }
        for (String column : keyColumns) {
            if (row.get(column) == null) {
                throw new IllegalArgumentException(tableName() + " row has no " + column
                        + " (a key column); the entity is incomplete: " + row.get("raw"));
            }
        }
    }
}
