package dev.permafrost.store.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;

/**
 * The archive's upserts over immutable files: decides, with the key indexes, which rows of a
 * batch are new keys, new versions or nothing new; reads archived versions back when an edit or
 * a deletion needs them; hands rows to the writer threads. Not thread-safe; the archive calls it
 * under its lock.
 */
final class Upserts {
    private static final long DAY_MILLIS = 86_400_000L;

    /** Runs the archive's commit. */
    interface Commit {
        void run() throws IOException;
    }

    private final Map<Dataset, DatasetStore> datasets;
    private final EntityRows rows;
    private final Committer committer;
    private final Appender appender;
    private final Commit commit;
    /** Rows of the call under way, handed to the writer threads at its end. */
    private final List<Appender.Append> appends = new ArrayList<>();

    Upserts(Map<Dataset, DatasetStore> datasets, EntityRows rows, Committer committer, Appender appender, Commit commit) {
        this.datasets = datasets;
        this.rows = rows;
        this.committer = committer;
        this.appender = appender;
        this.commit = commit;
    }

    /**
     * Stores a batch's rows: new keys, and new versions of keys whose row hash changed; an edited
     * status's archived version also goes to status_edits. Updates the indexes at once, and hands
     * the rows to the writer threads at the end.
     */
    void store(PendingRows pending, long now, long micros) throws IOException {
        List<Pending> versions = new ArrayList<>();
        List<Pending> edited = new ArrayList<>();
        for (Map.Entry<Dataset, LinkedHashMap<Long, GenericData.Record>> byDataset : pending.byDataset().entrySet()) {
            Dataset dataset = byDataset.getKey();
            KeyIndex index = datasets.get(dataset).index();
            for (Map.Entry<Long, GenericData.Record> entry : byDataset.getValue().entrySet()) {
                long key = entry.getKey();
                GenericData.Record row = entry.getValue();
                int slot = index.find(key);
                if (!dataset.versioned()) {
                    if (slot == KeyIndex.NONE) {
                        versions.add(new Pending(dataset, key, row, KeyIndex.NONE, 0, now));
                    }
                    continue;
                }
                long hash = rowHash(dataset, row);
                if (slot == KeyIndex.NONE) {
                    versions.add(new Pending(dataset, key, row, KeyIndex.NONE, hash, now));
                    continue;
                }
                index.setSighted(slot, micros);
                long stored = index.hash(slot);
                if (stored == hash || (dataset == Dataset.STATUSES && (stored & 1) == 1)) {
                    continue; // unchanged, or deleted: a tombstone is final
                }
                Pending version = new Pending(dataset, key, row, slot, hash, index.firstSeen(slot));
                versions.add(version);
                if (dataset == Dataset.STATUSES && editedAt(row) > index.editedAt(slot)) {
                    edited.add(version);
                }
            }
        }
        List<GenericData.Record> revisions = archivedRevisions(edited);
        for (Pending version : versions) {
            DatasetStore store = datasets.get(version.dataset());
            KeyIndex index = store.index();
            GenericData.Record row = version.row();
            int slot = version.slot() == KeyIndex.NONE
                    ? store.addKey(version.key(), row.get("instance").toString()) : version.slot();
            row.put("first_seen", version.firstSeen());
            if (version.dataset().versioned()) {
                row.put("last_seen", now);
                row.put("row_hash", version.hash());
                index.setSighted(slot, micros);
                if (version.dataset() == Dataset.STATUSES) {
                    index.setEditedAt(slot, editedAt(row));
                }
            } else if (version.dataset().indexesVersions()) {
                row.put("last_seen", now);
            }
            int day = append(store, row, dateOf(version.dataset(), row));
            index.setVersion(slot, version.hash(), version.firstSeen(), day);
        }
        DatasetStore edits = datasets.get(Dataset.STATUS_EDITS);
        for (GenericData.Record revision : revisions) {
            long key = Dataset.STATUS_EDITS.keyHash(revision);
            if (edits.index().find(key) == KeyIndex.NONE) {
                edits.addKey(key, revision.get("instance").toString());
                revision.put("first_seen", now);
                append(edits, revision, (Long) revision.get("created_at"));
            }
        }
        submitAppends();
    }

    /** The archived versions that edited statuses replace, as status_edits rows. */
    private List<GenericData.Record> archivedRevisions(List<Pending> edited) throws IOException {
        List<GenericData.Record> revisions = new ArrayList<>();
        DatasetStore statuses = datasets.get(Dataset.STATUSES);
        for (Pending version : edited) {
            String instance = version.row().get("instance").toString();
            String id = version.row().get("id").toString();
            archivedVersion(statuses, instance, id, version.slot())
                    .ifPresent(archived -> revisions.add(rows.statusEditOf(archived)));
        }
        return revisions;
    }

    /** Reads the current archived version of a status back from its partition, committing first if needed. */
    Optional<GenericData.Record> archivedVersion(DatasetStore statuses, String instance, String id, int slot)
            throws IOException {
        KeyIndex index = statuses.index();
        LocalDate day = LocalDate.ofEpochDay(index.day(slot));
        Partition partition = new Partition(instance, day);
        if (committer.isUncommitted(Dataset.STATUSES, partition)) {
            commit.run();
        }
        long hash = index.hash(slot);
        FilterPredicate predicate = FilterApi.and(
                FilterApi.eq(FilterApi.binaryColumn("id"), Binary.fromString(id)),
                FilterApi.eq(FilterApi.longColumn("row_hash"), hash));
        List<GenericRecord> found = new ArrayList<>();
        List<CommitLog.FileEntry> files = statuses.committed();
        for (int i = files.size() - 1; i >= 0 && found.isEmpty(); i--) {
            CommitLog.FileEntry file = files.get(i);
            if (file.instance().equals(instance) && file.date().equals(day.toString())) {
                read(statuses, file, predicate, found::add);
            }
        }
        return found.stream().findFirst().map(row -> Records.upgrade(statuses.schema().avro(), row));
    }

    /**
     * Reads a version of a key of an annotated dataset (media) back from its partition: the
     * newest committed one, or, when none is (the key was first written after the last commit),
     * the newest after committing. Any version serves to copy the crawled columns from, since a
     * crawl writes them once.
     */
    Optional<GenericData.Record> annotatedVersion(DatasetStore store, String instance, String id, int slot)
            throws IOException {
        Partition partition = new Partition(instance, LocalDate.ofEpochDay(store.index().day(slot)));
        Optional<GenericRecord> found = newestCommitted(store, partition, id);
        if (found.isEmpty() && committer.isUncommitted(store.dataset(), partition)) {
            commit.run();
            found = newestCommitted(store, partition, id);
        }
        return found.map(row -> Records.upgrade(store.schema().avro(), row));
    }

    private static Optional<GenericRecord> newestCommitted(DatasetStore store, Partition partition, String id) {
        FilterPredicate predicate = FilterApi.eq(FilterApi.binaryColumn(store.dataset().keyColumns().get(0)),
                Binary.fromString(id));
        List<GenericRecord> found = new ArrayList<>();
        List<CommitLog.FileEntry> files = store.committed();
        String day = partition.day().toString();
        for (int i = files.size() - 1; i >= 0 && found.isEmpty(); i--) {
            CommitLog.FileEntry file = files.get(i);
            if (file.instance().equals(partition.instance()) && file.date().equals(day)) {
                read(store, file, predicate, found::add);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /**
     * Appends a version of an annotated dataset's key (media with its file recorded), keeping its
     * first-seen time and partition, and indexes its annotation as the current one.
     */
    void appendAnnotated(DatasetStore store, int slot, GenericData.Record version, long now) {
        Dataset dataset = store.dataset();
        KeyIndex index = store.index();
        long firstSeen = index.firstSeen(slot);
        version.put("first_seen", firstSeen);
        version.put("last_seen", now);
        int day = append(store, version, dateOf(dataset, version));
        index.setVersion(slot, dataset.annotation(version), firstSeen, day);
    }

    void appendVersion(DatasetStore store, int slot, GenericData.Record version, long firstSeen, long now)
            throws IOException {
        Dataset dataset = store.dataset();
        long hash = rowHash(dataset, version);
        version.put("first_seen", firstSeen);
        version.put("last_seen", now);
        version.put("row_hash", hash);
        int day = append(store, version, dateOf(dataset, version));
        store.index().setVersion(slot, hash, firstSeen, day);
    }

    /** Queues a row for its partition; {@link #submitAppends()} hands the queue to the writer thread. */
    int append(DatasetStore store, GenericData.Record row, Long dateMillis) {
        long millis = dateMillis != null ? dateMillis : (Long) row.get("first_seen");
        int day = (int) Math.floorDiv(millis, DAY_MILLIS);
        Partition partition = new Partition(row.get("instance").toString(), LocalDate.ofEpochDay(day));
        appends.add(new Appender.Append(store, partition, row));
        committer.written(store.dataset(), partition);
        return day;
    }

    void submitAppends() throws IOException {
        try {
            appender.submit(appends);
        } finally {
            appends.clear();
        }
    }

    private static Long dateOf(Dataset dataset, GenericRecord row) {
        return (Long) row.get(dataset.dateColumn());
    }

    private static long rowHash(Dataset dataset, GenericRecord row) {
        long hash = Hash64.row(row, dataset.unhashed());
        return dataset == Dataset.STATUSES && row.get("deleted_at") != null ? hash | 1 : hash;
    }

    private static long editedAt(GenericRecord row) {
        Object editedAt = row.get("edited_at");
        return editedAt == null ? Long.MIN_VALUE : (Long) editedAt;
    }

    static void read(DatasetStore store, CommitLog.FileEntry file, FilterPredicate predicate,
                             Consumer<GenericRecord> sink) {
        try {
            RowReader.read(store.path(file), null, predicate, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + store.path(file), e);
        }
    }

    /** A row to write: a new key ({@code slot} NONE) or a new version of an indexed one. */
    private record Pending(Dataset dataset, long key, GenericData.Record row, int slot, long hash, long firstSeen) {}
}
