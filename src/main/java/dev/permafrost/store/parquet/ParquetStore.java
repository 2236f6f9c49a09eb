package dev.permafrost.store.parquet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.CollectionKind;
import dev.permafrost.store.PendingMedia;
import dev.permafrost.store.PollRef;
import dev.permafrost.store.TableCount;
import dev.permafrost.store.WriteAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
 * timer), on {@link #flush()}, {@link #recordWriteAction}, {@link #finishWalk},
 * {@link #markUnseenDeleted}, before the follow-up queries ({@link #statusesWithNewEdits} and the
 * like, which read committed files) and on {@link #close()}.
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

    private final Path root;
    private final ParquetOptions options;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Dataset, DatasetStore> datasets = new EnumMap<>(Dataset.class);
    private final EntityRows rows;
    private final BatchRouter router;
    private final ScheduledExecutorService timer;
    private final Appender appender;
    private final Committer committer;
    private final Upserts upserts;
    private final Sightings sightings;
    private final FollowUps followUps;
    private final Clock clock;
    private final long openedMicros;
    private long lastCommitNanos = System.nanoTime();
    private long lastMillis;
    private long lastMicros;
    private boolean closed;
    private RuntimeException failure;

    private ParquetStore(Path root, ParquetOptions options, Map<Dataset, DatasetSchema> schemas, Clock clock) {
        this.root = root;
        this.options = options;
        this.clock = clock;
        this.rows = new EntityRows(schemas);
        this.router = new BatchRouter(rows);
        ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        CheckpointFile checkpointFile = new CheckpointFile(root, mapper);
        this.openedMicros = micros(clock.instant());
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
        this.upserts = new Upserts(datasets, rows, committer, appender, this::commit);
        this.sightings = new Sightings(openedMicros, Sightings.defaultLimit());
        this.followUps = new FollowUps(datasets, upserts, sightings);
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
        return open(directory, options, Clock.systemUTC());
    }

    /** Opens the archive with a clock for {@code first_seen}, {@code last_seen} and sightings; for tests. */
    static ParquetStore open(Path directory, ParquetOptions options, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
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
        return new ParquetStore(root, options, schemas, clock);
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
            long micros = nextMicros();
            upserts.store(pending, nextMillis(), micros);
            sightings.record(batch, micros);
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
                    Upserts.read(store, file, scope.predicate(), row -> current.put(scope.dataset().keyHash(row), row));
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
                upserts.appendVersion(store, slot, version, index.firstSeen(slot), now);
                ended++;
            }
            upserts.submitAppends();
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
            Optional<GenericData.Record> archived = upserts.archivedVersion(store, instance, statusId, slot);
            if (archived.isEmpty()) {
                LOG.warn("status {} of {} is indexed but no committed file holds its version; deletion not recorded",
                        statusId, instance);
                return;
            }
            GenericData.Record version = archived.get();
            long now = nextMillis();
            version.put("deleted_at", deletedAt.toEpochMilli());
            upserts.appendVersion(store, slot, version, index.firstSeen(slot), now);
            upserts.submitAppends();
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
            upserts.append(store, row, (Long) row.get("at"));
            upserts.submitAppends();
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

    /**
     * {@inheritDoc}
     *
     * <p>Parquet's {@code last_seen} moves only when a version is written, so this answers from
     * the sightings of the collection kept in memory since the archive was opened: every status
     * of a batch written to a {@code statuses} collection counts as seen then, changed or not.
     * It answers for the re-walk the backup makes in one run, calling this at its end. When the
     * walk began before the archive was opened (a {@code --refresh} stopped and resumed by a later
     * run), or when the sightings were dropped to bound memory (many {@code statuses} collections
     * written by one process), the walk's earlier part is unknown: nothing is marked, a warning is
     * logged, and 0 returned; the next complete re-walk in one run marks what is gone. A status is
     * never marked deleted by mistake. Marked statuses get a tombstone version as
     * {@link #recordDeletion} writes; commits before and after.
     *
     * @throws IllegalArgumentException for a collection other than an account's {@code statuses},
     *     the only kind whose sightings are kept
     */
    @Override
    public int markUnseenDeleted(CollectionKey timeline, Instant walkStartedAt, Instant deletedAt) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(walkStartedAt, "walkStartedAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        if (timeline.kind() != CollectionKind.STATUSES) {
            throw new IllegalArgumentException("the Parquet archive marks unseen statuses deleted only for an account's"
                    + " statuses collection (the one it keeps sightings of), not " + timeline);
        }
        return locked(() -> {
            commit();
            int marked = followUps.markUnseenDeleted(timeline, micros(walkStartedAt), deletedAt.toEpochMilli(),
                    nextMillis());
            commit();
            return marked;
        });
    }

    /** {@inheritDoc} Commits first, so what was written just before is included. */
    @Override
    public List<String> statusesWithNewEdits(CollectionKey timeline) {
        Objects.requireNonNull(timeline, "timeline");
        return locked(() -> {
            commit();
            return followUps.statusesWithNewEdits(timeline);
        });
    }

    /** {@inheritDoc} Commits first, so what was written just before is included. */
    @Override
    public List<String> originalStatusIds(CollectionKey timeline) {
        Objects.requireNonNull(timeline, "timeline");
        return locked(() -> {
            commit();
            return followUps.originalStatusIds(timeline);
        });
    }

    /** {@inheritDoc} Commits first, so what was written just before is included. */
    @Override
    public List<PollRef> openPolls(CollectionKey timeline) {
        Objects.requireNonNull(timeline, "timeline");
        return locked(() -> {
            commit();
            return followUps.openPolls(timeline);
        });
    }

    /** {@inheritDoc} Commits first, so what was written just before is included. */
    @Override
    public List<PendingMedia> mediaWithoutFile(CollectionKey timeline) {
        Objects.requireNonNull(timeline, "timeline");
        return locked(() -> {
            commit();
            return followUps.mediaWithoutFile(timeline);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Adds a version of the media row, with the greatest {@code last_seen}, that repeats the
     * archived one with {@code local_file} and {@code sha256} set; recording the same file again
     * adds nothing. Durable at the next commit, like a batch.
     */
    @Override
    public void recordMediaFile(String instance, String mediaId, String localFile, String sha256) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(localFile, "localFile");
        Objects.requireNonNull(sha256, "sha256");
        locked(() -> {
            followUps.recordMediaFile(instance, mediaId, localFile, sha256, nextMillis());
            commitIfDueLocked();
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
        lastMillis = Math.max(clock.millis(), lastMillis + 1);
        return lastMillis;
    }

    /** Microseconds for sightings and write-action ids: strictly increasing per archive. */
    private long nextMicros() {
        lastMicros = Math.max(micros(clock.instant()), lastMicros + 1);
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
