package dev.permafrost.store.parquet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.TableCount;
import dev.permafrost.store.WriteAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Parquet archive: one Hive-partitioned dataset per table of the shared contract, written as
 * immutable ZSTD files through Avro schemas, with upserts expressed as versions (see README,
 * "Parquet datasets").
 *
 * <p>Durability: {@link #write} buffers a batch into open files and returns; the batch and its
 * checkpoint become durable together at the next commit, which runs when
 * {@link ParquetOptions#commitInterval()} has passed (checked on every write and by a background
 * timer), on {@link #flush()}, {@link #recordWriteAction}, {@link #finishWalk} and {@link #close()}.
 * A crash loses the uncommitted batches <em>and</em> their checkpoints, so a rerun crawls them
 * again; the key index (rebuilt from the committed files) makes that rerun write nothing twice.
 * {@link #checkpoint} answers with the latest checkpoint written, committed or not.
 *
 * <p>Thread-safe: every call holds one lock, so concurrent routes write one batch at a time. The
 * calling thread routes, hashes and indexes a batch; two writer threads encode and compress it
 * into the files, overlapping with the caller's next batch (a bounded queue keeps memory flat).
 * After an I/O failure while writing or committing the instance refuses further calls; open the
 * directory again to recover it.
 */
public final class ParquetStore implements Archive {
    private static final Logger LOG = LoggerFactory.getLogger(ParquetStore.class);
    private static final long DAY_MILLIS = 86_400_000L;

    private final Path root;
    private final ParquetOptions options;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Dataset, DatasetStore> datasets = new EnumMap<>(Dataset.class);
    private final EntityRows rows;
    private final BatchRouter router;
    private final ScheduledExecutorService timer;
    private final Appender appender;
    private final Committer committer;
    /** Rows of the call under way, handed to the writer threads at its end. */
    private final List<Appender.Append> appends = new ArrayList<>();
    private final long openedMicros;
    private long lastCommitNanos = System.nanoTime();
    private long lastMillis;
    private long lastMicros;
    private boolean closed;
    private RuntimeException failure;

    private ParquetStore(Path root, ParquetOptions options, Map<Dataset, DatasetSchema> schemas) {
        this.root = root;
        this.options = options;
        this.rows = new EntityRows(schemas);
        this.router = new BatchRouter(rows);
        ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        CheckpointFile checkpointFile = new CheckpointFile(root, mapper);
        this.openedMicros = micros(Instant.now());
        this.lastMicros = openedMicros;
        CheckpointFile.Content stored;
        long lastCommit;
        try {
            stored = checkpointFile.read();
            lastCommit = stored.commit();
            for (Dataset dataset : Dataset.values()) {
                DatasetStore store = DatasetStore.open(root, dataset, schemas.get(dataset), options, mapper, openedMicros);
                datasets.put(dataset, store);
                lastCommit = Math.max(lastCommit, store.lastCommit());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Parquet archive at " + root + ": " + e.getMessage(), e);
        }
        this.appender = new Appender("permafrost-parquet-writer");
        this.committer = new Committer(datasets.values(), appender, checkpointFile, lastCommit,
                CheckpointFile.byKey(stored));
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "permafrost-parquet-commit");
            thread.setDaemon(true);
            return thread;
        });
        if (!options.commitInterval().isZero()) {
            long period = Math.max(1, options.commitInterval().toMillis());
            timer.scheduleWithFixedDelay(this::commitIfDue, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Opens (creating if needed) the archive in {@code directory}, recovering from an interrupted
     * commit. Indexes are built lazily, per dataset, on first use.
     */
    public static ParquetStore open(Path directory, ParquetOptions options) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        Path root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Parquet archive directory " + root, e);
        }
        Map<Dataset, DatasetSchema> schemas = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            schemas.put(dataset, DatasetSchema.load(dataset.tableName()));
        }
        return new ParquetStore(root, options, schemas);
    }

    /** The archive's directory. */
    public Path directory() {
        return root;
    }

    @Override
    public void write(Batch batch) {
        Objects.requireNonNull(batch, "batch");
        PendingRows pending = router.route(batch);
        locked(() -> {
            store(pending, nextMillis(), nextMicros());
            submitAppends();
            batch.checkpoint().ifPresent(committer::stage);
            commitIfDueLocked();
        });
    }

    @Override
    public Optional<Checkpoint> checkpoint(CollectionKey key) {
        Objects.requireNonNull(key, "key");
        return locked(() -> Optional.ofNullable(committer.checkpoints().get(key)));
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return locked(() -> List.copyOf(committer.checkpoints().values()));
    }

    @Override
    public void finishWalk(CollectionKey key, Instant walkStartedAt) {
        Objects.requireNonNull(walkStartedAt, "walkStartedAt");
        RelationScope scope = RelationScope.of(key);
        locked(() -> {
            commit();
            DatasetStore store = datasets.get(scope.dataset());
            KeyIndex index = store.index();
            Map<Long, GenericRecord> current = new LinkedHashMap<>();
            for (CommitLog.FileEntry file : store.committed()) {
                if (file.instance().equals(key.instance())) {
                    read(store, file, scope.predicate(), row -> current.put(scope.dataset().keyHash(row), row));
                }
            }
            long started = micros(walkStartedAt);
            long now = nextMillis();
            int ended = 0;
            for (Map.Entry<Long, GenericRecord> entry : current.entrySet()) {
                GenericRecord row = entry.getValue();
                int slot = index.find(entry.getKey());
                if (row.get("ended_at") != null || slot == KeyIndex.NONE || index.sighted(slot) >= started
                        || index.hash(slot) != (Long) row.get("row_hash")) {
                    continue;
                }
                GenericData.Record version = Records.upgrade(store.schema().avro(), row);
                version.put("ended_at", now);
                appendVersion(store, slot, version, index.firstSeen(slot), now);
                ended++;
            }
            submitAppends();
            commit();
            LOG.debug("finished walk of {}: {} relations ended", key, ended);
        });
    }

    @Override
    public void recordDeletion(String instance, String statusId, Instant deletedAt) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(deletedAt, "deletedAt");
        locked(() -> {
            DatasetStore store = datasets.get(Dataset.STATUSES);
            KeyIndex index = store.index();
            int slot = index.find(Hash64.key(instance, statusId));
            if (slot == KeyIndex.NONE || (index.hash(slot) & 1) == 1) {
                return; // never archived, or already marked
            }
            Optional<GenericData.Record> archived = archivedVersion(store, instance, statusId, slot);
            if (archived.isEmpty()) {
                LOG.warn("status {} of {} is indexed but no committed file holds its version; deletion not recorded",
                        statusId, instance);
                return;
            }
            GenericData.Record version = archived.get();
            long now = nextMillis();
            version.put("deleted_at", deletedAt.toEpochMilli());
            appendVersion(store, slot, version, index.firstSeen(slot), now);
            submitAppends();
            commitIfDueLocked();
        });
    }

    @Override
    public void recordWriteAction(WriteAction action) {
        Objects.requireNonNull(action, "action");
        locked(() -> {
            long id = nextMicros();
            GenericData.Record row = rows.writeAction(id, action);
            DatasetStore store = datasets.get(Dataset.WRITE_ACTIONS);
            store.addKey(Dataset.WRITE_ACTIONS.keyHash(row), action.instance());
            append(store, row, (Long) row.get("at"));
            submitAppends();
            commit();
        });
    }

    @Override
    public List<TableCount> counts() {
        return locked(() -> {
            List<TableCount> counts = new ArrayList<>();
            for (DatasetStore store : datasets.values()) {
                store.keysPerInstance().forEach((instance, rows) ->
                        counts.add(new TableCount(store.dataset().tableName(), instance, rows)));
            }
            Map<String, Long> perInstance = new LinkedHashMap<>();
            committer.checkpoints().keySet().forEach(key -> perInstance.merge(key.instance(), 1L, Long::sum));
            perInstance.forEach((instance, rows) -> counts.add(new TableCount("checkpoints", instance, rows)));
            counts.sort(Comparator.comparing(TableCount::table).thenComparing(TableCount::instance));
            return counts;
        });
    }

    /** Commits now: every batch written so far and its checkpoint become durable. */
    public void flush() {
        locked(this::commit);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            timer.shutdownNow();
            if (failure == null) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the last commit of " + root, e);
        } finally {
            appender.stop();
            closed = true;
            lock.unlock();
        }
    }

    /** Stops without committing, as a killed process would; for crash tests. */
    void abandon() {
        lock.lock();
        try {
            timer.shutdownNow();
            appender.stop();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    /** Observes (and may interrupt) commits; for crash tests. */
    void hook(CommitStage.Hook hook) {
        committer.hook(hook);
    }

    // --- upserts ---------------------------------------------------------------------------------

    private void store(PendingRows pending, long now, long micros) throws IOException {
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
    private Optional<GenericData.Record> archivedVersion(DatasetStore statuses, String instance, String id, int slot)
            throws IOException {
        KeyIndex index = statuses.index();
        LocalDate day = LocalDate.ofEpochDay(index.day(slot));
        Partition partition = new Partition(instance, day);
        if (committer.isUncommitted(Dataset.STATUSES, partition)) {
            commit();
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

    private void appendVersion(DatasetStore store, int slot, GenericData.Record version, long firstSeen, long now)
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
    private int append(DatasetStore store, GenericData.Record row, Long dateMillis) {
        long millis = dateMillis != null ? dateMillis : (Long) row.get("first_seen");
        int day = (int) Math.floorDiv(millis, DAY_MILLIS);
        Partition partition = new Partition(row.get("instance").toString(), LocalDate.ofEpochDay(day));
        appends.add(new Appender.Append(store, partition, row));
        committer.written(store.dataset(), partition);
        return day;
    }

    private void submitAppends() throws IOException {
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

    private static void read(DatasetStore store, CommitLog.FileEntry file, FilterPredicate predicate,
                             java.util.function.Consumer<GenericRecord> sink) {
        try {
            RowReader.read(store.path(file), null, predicate, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + store.path(file), e);
        }
    }

    /** A row to write: a new key ({@code slot} NONE) or a new version of an indexed one. */
    private record Pending(Dataset dataset, long key, GenericData.Record row, int slot, long hash, long firstSeen) {}

    // --- commits ---------------------------------------------------------------------------------

    private void commitIfDue() {
        lock.lock();
        try {
            if (!closed && failure == null) {
                commitIfDueLocked();
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("background commit of {} failed", root, e);
        } finally {
            lock.unlock();
        }
    }

    private void commitIfDueLocked() throws IOException {
        long elapsed = System.nanoTime() - lastCommitNanos;
        if (elapsed >= options.commitInterval().toNanos()) {
            commit();
        }
    }

    /** Commits (see {@link Committer#commit()}); a failure leaves the instance refusing further calls. */
    private void commit() throws IOException {
        lastCommitNanos = System.nanoTime();
        try {
            committer.commit();
        } catch (IOException | RuntimeException e) {
            failure = e instanceof RuntimeException runtime ? runtime : new UncheckedIOException(e.getMessage(),
                    (IOException) e);
            throw e;
        }
    }

    // --- clocks and locking ----------------------------------------------------------------------

    /** Milliseconds for last_seen: strictly increasing per archive, so versions of a key never tie. */
    private long nextMillis() {
        lastMillis = Math.max(System.currentTimeMillis(), lastMillis + 1);
        return lastMillis;
    }

    /** Microseconds for sightings and write-action ids: strictly increasing per archive. */
    private long nextMicros() {
        lastMicros = Math.max(micros(Instant.now()), lastMicros + 1);
        return lastMicros;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private interface VoidWork {
        void run() throws IOException;
    }

    private void locked(VoidWork work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    private <T> T locked(Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the Parquet archive at " + root + " is closed");
            }
            if (failure != null) {
                throw new IllegalStateException("the Parquet archive at " + root + " failed during a commit ("
                        + failure.getMessage() + "); open it again to recover", failure);
            }
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Parquet archive at " + root + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
