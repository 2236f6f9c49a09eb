package dev.permafrost.store.parquet;

import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The archive's commits: which partitions hold uncommitted rows, the checkpoints written since
 * the last commit, and the protocol that makes both durable together. Not thread-safe; the
 * archive calls it under its lock.
 */
final class Committer {
    private final Collection<DatasetStore> datasets;
    private final Appender appender;
    private final CheckpointFile checkpointFile;
    private final Map<CollectionKey, Checkpoint> checkpoints = new LinkedHashMap<>();
    private final Map<CollectionKey, Checkpoint> durable = new LinkedHashMap<>();
    private final Map<Dataset, Set<Partition>> uncommitted = new EnumMap<>(Dataset.class);
    private CommitStage.Hook hook = (stage, dataset) -> {};
    private long sequence;

    /**
     * @param lastCommit the greatest commit number found in the logs and the checkpoint file
     * @param stored the checkpoints of the checkpoint file
     */
    Committer(Collection<DatasetStore> datasets, Appender appender, CheckpointFile checkpointFile, long lastCommit,
              Map<CollectionKey, Checkpoint> stored) {
        this.datasets = datasets;
        this.appender = appender;
        this.checkpointFile = checkpointFile;
        this.sequence = lastCommit;
        checkpoints.putAll(stored);
        durable.putAll(stored);
    }

    void hook(CommitStage.Hook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /** Records a checkpoint to store at the next commit; {@link #checkpoints()} answers with it at once. */
    void stage(Checkpoint checkpoint) {
        checkpoints.put(checkpoint.key(), checkpoint);
    }

    /** The latest checkpoint of every collection, committed or not. */
    Map<CollectionKey, Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** Notes that rows were handed to the writer for a partition. */
    void written(Dataset dataset, Partition partition) {
        uncommitted.computeIfAbsent(dataset, d -> new HashSet<>()).add(partition);
    }

    /** Whether a partition has rows that are not committed yet (and so cannot be read back). */
    boolean isUncommitted(Dataset dataset, Partition partition) {
        return uncommitted.getOrDefault(dataset, Set.of()).contains(partition);
    }

    /**
     * Makes everything written so far durable: waits for the writer threads, completes the open
     * files, appends each dataset's log line, renames the files into view, then replaces the
     * checkpoint file. A crash at any point leaves either the previous commit (the rerun rewrites
     * the batches) or this one (the index skips what the rerun brings again).
     */
    void commit() throws IOException {
        if (uncommitted.isEmpty() && checkpoints.equals(durable)) {
            return;
        }
        appender.drain();
        long commit = ++sequence;
        Map<DatasetStore, List<PartFile>> files = new LinkedHashMap<>();
        for (DatasetStore store : datasets) {
            List<PartFile> finished = store.finishAll();
            if (!finished.isEmpty()) {
                files.put(store, finished);
            }
        }
        hook.reached(CommitStage.FILES_WRITTEN, null);
        List<String> moved = checkpoints.entrySet().stream()
                .filter(e -> !e.getValue().equals(durable.get(e.getKey())))
                .map(e -> e.getKey().toString()).toList();
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        for (Map.Entry<DatasetStore, List<PartFile>> entry : files.entrySet()) {
            entry.getKey().logCommit(commit, at, entry.getValue(), moved);
            hook.reached(CommitStage.LOGGED, entry.getKey().dataset());
        }
        for (Map.Entry<DatasetStore, List<PartFile>> entry : files.entrySet()) {
            entry.getKey().publish(entry.getValue());
            hook.reached(CommitStage.PUBLISHED, entry.getKey().dataset());
        }
        uncommitted.clear();
        checkpointFile.write(commit, checkpoints.values());
        durable.clear();
        durable.putAll(checkpoints);
        hook.reached(CommitStage.CHECKPOINTED, null);
    }
}
