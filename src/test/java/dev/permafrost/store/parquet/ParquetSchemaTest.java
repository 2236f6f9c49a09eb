package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Avro schemas in {@code schemas/}: the documented, versioned contract of the datasets. */
class ParquetSchemaTest {
    /** The columns of notes/STORE-SCHEMA.md, shared with the H2 archive. */
    static final Map<Dataset, String> CONTRACT = new EnumMap<>(Map.ofEntries(
            Map.entry(Dataset.ACCOUNTS, "instance, id, username, acct, url, display_name, note, locked, bot, discoverable,"
                    + " noindex, created_at, last_status_at, statuses_count, followers_count, following_count, first_seen,"
                    + " last_seen, raw"),
            Map.entry(Dataset.STATUSES, "instance, id, uri, url, created_at, edited_at, account_id, visibility, language,"
                    + " in_reply_to_id, in_reply_to_account_id, reblog_of_id, content, spoiler_text, sensitive,"
                    + " replies_count, reblogs_count, favourites_count, poll_id, first_seen, last_seen, deleted_at, raw"),
            Map.entry(Dataset.NOTIFICATIONS, "instance, owner_id, id, type, created_at, account_id, status_id, group_key,"
                    + " first_seen, raw"),
            Map.entry(Dataset.FAVOURITES, "instance, owner_id, status_id, cursor, first_seen"),
            Map.entry(Dataset.BOOKMARKS, "instance, owner_id, status_id, cursor, first_seen"),
            Map.entry(Dataset.FOLLOWS, "instance, follower_id, followed_id, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.TIMELINE_ENTRIES, "instance, owner_id, timeline, status_id, first_seen"),
            Map.entry(Dataset.LISTS, "instance, owner_id, id, title, replies_policy, exclusive, first_seen, last_seen,"
                    + " ended_at, raw"),
            Map.entry(Dataset.LIST_MEMBERS, "instance, owner_id, list_id, account_id, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.BLOCKS, "instance, owner_id, account_id, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.MUTES, "instance, owner_id, account_id, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.DOMAIN_BLOCKS, "instance, owner_id, domain, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.FOLLOWED_TAGS, "instance, owner_id, name, url, first_seen, last_seen, ended_at, raw"),
            Map.entry(Dataset.STATUS_INTERACTIONS, "instance, status_id, kind, account_id, first_seen, last_seen, ended_at"),
            Map.entry(Dataset.CONVERSATIONS, "instance, owner_id, id, unread, last_status_id, first_seen, last_seen, raw"),
            Map.entry(Dataset.FILTERS, "instance, owner_id, id, title, filter_action, expires_at, first_seen, last_seen,"
                    + " ended_at, raw"),
            Map.entry(Dataset.SCHEDULED_STATUSES, "instance, owner_id, id, scheduled_at, first_seen, last_seen, ended_at, raw"),
            Map.entry(Dataset.POLLS, "instance, id, status_id, expires_at, expired, multiple, votes_count, voters_count,"
                    + " first_seen, last_seen, raw"),
            Map.entry(Dataset.MEDIA, "instance, id, status_id, type, url, remote_url, preview_url, description, blurhash,"
                    + " local_file, sha256, first_seen, raw"),
            Map.entry(Dataset.STATUS_EDITS, "instance, status_id, created_at, content, spoiler_text, sensitive, first_seen, raw"),
            Map.entry(Dataset.WRITE_ACTIONS, "id, instance, account, action, target_id, request, response, outcome, at")));
    /** What Parquet adds: nested lists and the change detector of versioned datasets. */
    static final Set<String> PARQUET_ONLY = Set.of("mentions", "tags", "emojis", "media", "options", "row_hash");
    /** What Parquet adds to one dataset: media order their versions (the recorded file) by last_seen. */
    static final Map<Dataset, Set<String>> PARQUET_ONLY_IN = Map.of(Dataset.MEDIA, Set.of("last_seen"));

    @TempDir
    Path root;

    @Test
    void everyDatasetHasTheContractColumnsAndOnlyDocumentedAdditions() {
        for (Dataset dataset : Dataset.values()) {
            Set<String> contract = Set.of(CONTRACT.get(dataset).split(",\\s*"));
            Set<String> fields = new HashSet<>();
            DatasetSchema.load(dataset.tableName()).avro().getFields().forEach(f -> fields.add(f.name()));
            assertThat(fields).as(dataset.tableName()).containsAll(contract);
            Set<String> extra = new HashSet<>(fields);
            extra.removeAll(contract);
            extra.removeAll(PARQUET_ONLY_IN.getOrDefault(dataset, Set.of()));
            assertThat(extra).as(dataset.tableName()).isSubsetOf(PARQUET_ONLY);
            assertThat(fields.contains("row_hash")).as(dataset.tableName() + " row_hash").isEqualTo(dataset.versioned());
        }
    }

    @Test
    void everySchemaIsVersionedNamespacedAndDocumentedDownToNestedFields() {
        for (Dataset dataset : Dataset.values()) {
            DatasetSchema schema = DatasetSchema.load(dataset.tableName());
            assertThat(schema.version()).isPositive();
            assertThat(schema.avro().getNamespace()).isEqualTo("dev.permafrost.archive");
            assertThat(schema.avro().getDoc()).as(dataset.tableName()).isNotBlank();
            for (String undocumented : undocumentedFields(schema.avro(), dataset.tableName())) {
                throw new AssertionError("field without doc: " + undocumented);
            }
        }
    }

    @Test
    void everyColumnOutsideTheKeyAndTheArchiveTimesIsNullableWithDefaultNull() {
        for (Dataset dataset : Dataset.values()) {
            Set<String> required = new HashSet<>(dataset.keyColumns());
            required.addAll(Set.of("instance", "owner_id", "first_seen", "last_seen", "row_hash", "at", "action"));
            for (Schema.Field field : DatasetSchema.load(dataset.tableName()).avro().getFields()) {
                if (!required.contains(field.name())) {
                    assertThat(field.schema().isNullable()).as(dataset.tableName() + "." + field.name()).isTrue();
                    assertThat(field.defaultVal()).as(dataset.tableName() + "." + field.name())
                            .isEqualTo(JsonProperties.NULL_VALUE);
                }
            }
        }
    }

    @Test
    void timestampsAreUtcMillisecondsAndListsHoldRecords() {
        Schema statuses = DatasetSchema.load("statuses").avro();
        Schema createdAt = statuses.getField("created_at").schema().getTypes().get(1);
        assertThat(createdAt.getLogicalType().getName()).isEqualTo("timestamp-millis");
        Schema mentions = statuses.getField("mentions").schema().getTypes().get(1);
        assertThat(mentions.getType()).isEqualTo(Schema.Type.ARRAY);
        assertThat(mentions.getElementType().getType()).isEqualTo(Schema.Type.RECORD);
    }

    @Test
    void aFileWrittenBeforeFieldsWereAddedStaysReadableBesideNewerFiles() throws IOException {
        // "version 1" of statuses as if language and poll_id came later: a file an older Permafrost committed
        Schema current = DatasetSchema.load("statuses").avro();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : current.getFields()) {
            if (!field.name().equals("language") && !field.name().equals("poll_id")) {
                fields.add(new Schema.Field(field, field.schema()));
            }
        }
        Schema older = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
        older.addProp("version", 1);
        Status old = Fixtures.one("status_full.json", Status.class);
        GenericData.Record row = new EntityRows(Map.of(Dataset.STATUSES, DatasetSchema.load("statuses")))
                .status("localhost:3000", old);
        row.put("first_seen", 1_700_000_000_000L);
        row.put("last_seen", 1_700_000_000_000L);
        row.put("row_hash", 42L);
        commitFile(Dataset.STATUSES, DatasetSchema.of("statuses", older), Records.upgrade(older, row), old.createdAt());

        Status poll = Fixtures.one("status_poll.json", Status.class);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            archive.write(new Batch(new CollectionKey("localhost:3000", "1", "home"), List.of(poll),
                    Optional.empty(), Optional.empty()));
            archive.recordDeletion("localhost:3000", old.id(), Instant.parse("2026-08-05T00:00:00Z"));
        }
        List<Map<String, Object>> rows = Duck.query(root, "SELECT id, language, poll_id, deleted_at, raw FROM {statuses}"
                + " ORDER BY id, last_seen");
        assertThat(rows).hasSize(3);
        Map<String, Object> fromOldFile = rows.stream().filter(r -> r.get("id").equals(old.id())).findFirst().orElseThrow();
        assertThat(fromOldFile.get("language")).isNull();
        assertThat(fromOldFile.get("raw")).isEqualTo(Fixtures.text("status_full.json"));
        Map<String, Object> tombstone = rows.stream().filter(r -> r.get("id").equals(old.id()) && r.get("deleted_at") != null)
                .findFirst().orElseThrow();
        assertThat(tombstone.get("raw")).isEqualTo(Fixtures.text("status_full.json"));
        Map<String, Object> fromNewFile = rows.stream().filter(r -> r.get("id").equals(poll.id())).findFirst().orElseThrow();
        assertThat(fromNewFile.get("poll_id")).isEqualTo(poll.poll().id());
    }

    @Test
    void aMediaRowOfSchemaVersionOneGetsItsRecordedFileAsTheCurrentVersion() throws IOException {
        // media before version 2 had no last_seen: one row per attachment, written once
        Schema current = DatasetSchema.load("media").avro();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : current.getFields()) {
            if (!field.name().equals("last_seen")) {
                fields.add(new Schema.Field(field, field.schema()));
            }
        }
        Schema older = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
        older.addProp("version", 1);
        Status status = Fixtures.one("status_full.json", Status.class);
        String mediaId = status.mediaAttachments().get(0).id();
        GenericData.Record row = new EntityRows(Map.of(Dataset.MEDIA, DatasetSchema.load("media")))
                .media("localhost:3000", status.id(), status.mediaAttachments().get(0));
        Instant firstSeen = Instant.parse("2026-08-01T10:00:00Z");
        row.put("first_seen", firstSeen.toEpochMilli());
        commitFile(Dataset.MEDIA, DatasetSchema.of("media", older), Records.upgrade(older, row), firstSeen);

        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            archive.write(new Batch(new CollectionKey("localhost:3000", "1", "home"), List.of(status),
                    Optional.empty(), Optional.empty())); // the attachment is known: nothing new for media
            archive.recordMediaFile("localhost:3000", mediaId, "ab/abcd.jpg", "abcd");
        }

        List<Map<String, Object>> versions = Duck.query(root, "SELECT local_file, last_seen, first_seen FROM {media}"
                + " WHERE id = ? ORDER BY last_seen DESC", mediaId);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("local_file")).isEqualTo("ab/abcd.jpg"); // DuckDB sorts NULL last
        assertThat(versions.get(1).get("last_seen")).isNull();
        assertThat(versions).extracting(r -> r.get("first_seen")).containsOnly(versions.get(1).get("first_seen"));
        assertThat(Duck.query(root, "SELECT DISTINCT CAST(date AS VARCHAR) AS day FROM {media} WHERE id = ?", mediaId))
                .extracting(r -> r.get("day")).containsExactly("2026-08-01"); // every version in the first one's partition
    }

    /** Writes one row with the given schema and commits the file the way the archive does. */
    private void commitFile(Dataset dataset, DatasetSchema schema, GenericData.Record row, Instant created)
            throws IOException {
        Partition partition = new Partition("localhost:3000", created.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        Path directory = root.resolve(dataset.tableName());
        java.nio.file.Files.createDirectories(directory);
        PartFile file = PartFile.create(directory, partition, schema, ParquetOptions.defaults());
        file.write(row);
        file.finish();
        new CommitLog(directory, new com.fasterxml.jackson.databind.ObjectMapper()).append(new CommitLog.Entry(1,
                Instant.now().toString(), List.of(new CommitLog.FileEntry(file.relativePath(), partition.instance(),
                partition.day().toString(), 1)), List.of()));
        Durable.move(file.temporaryPath(), file.finalPath());
    }

    private static List<String> undocumentedFields(Schema record, String path) {
        List<String> missing = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            if (field.doc() == null || field.doc().isBlank()) {
                missing.add(path + "." + field.name());
            }
            Schema type = field.schema().isUnion() ? field.schema().getTypes().get(field.schema().getTypes().size() - 1)
                    : field.schema();
            if (type.getType() == Schema.Type.ARRAY) {
                type = type.getElementType();
            }
            if (type.getType() == Schema.Type.RECORD) {
                if (type.getDoc() == null) {
                    missing.add(path + "." + field.name() + " (record)");
                }
                missing.addAll(undocumentedFields(type, path + "." + field.name()));
            }
        }
        return missing;
    }
}
