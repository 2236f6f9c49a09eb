package dev.permafrost.store.parquet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dataset's directory: its committed files (from the commit log), the files being written
 * (one per recently used partition), the files completed but not yet committed, and the key index
 * of what it holds. Recovers the directory when opened. Not thread-safe: the archive's writer
 * thread ({@link Appender}) appends rows, and the archive touches the files only after draining it;
 * the index is the archive's alone, under its lock.
 */
final class DatasetStore {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetStore.class);

    private final Dataset dataset;
    private final Path directory;
    private final DatasetSchema schema;
    private final ParquetOptions options;
    private final CommitLog log;
    private final long openedMicros;
    private final List<CommitLog.FileEntry> committed = new ArrayList<>();
    private final LinkedHashMap<Partition, PartFile> open = new LinkedHashMap<>(16, 0.75f, true);
    private final List<PartFile> finished = new ArrayList<>();
    private final Map<String, Long> keysPerInstance = new HashMap<>();
    private long lastCommit;
    private KeyIndex index;

    private DatasetStore(Dataset dataset, Path directory, DatasetSchema schema, ParquetOptions options,
                         CommitLog log, long openedMicros) {
        this.dataset = dataset;
        this.directory = directory;
        this.schema = schema;
        this.options = options;
        this.log = log;
        this.openedMicros = openedMicros;
    }

    /**
     * Opens a dataset directory and recovers it from an interrupted commit: files the log lists but
     * that are still hidden are published (they were complete before the log line was written),
     * hidden files it does not list are deleted (a crash while writing), and visible files it does
     * not list are hidden again as {@code .part-….parquet.orphan}.
     *
     * @param openedMicros when the archive was opened; relations read from files count as seen then
     */
    static DatasetStore open(Path root, Dataset dataset, DatasetSchema schema, ParquetOptions options,
                             ObjectMapper mapper, long openedMicros) throws IOException {
        Path directory = root.resolve(dataset.tableName());
        Files.createDirectories(directory);
        DatasetStore store = new DatasetStore(dataset, directory, schema, options, new CommitLog(directory, mapper),
                openedMicros);
        store.recover();
        return store;
    }

    private void recover() throws IOException {
        Set<Path> touched = new TreeSet<>();
        Set<String> listed = new HashSet<>();
        for (CommitLog.Entry entry : log.read()) {
            lastCommit = Math.max(lastCommit, entry.commit());
            for (CommitLog.FileEntry file : entry.files()) {
                Path target = directory.resolve(file.path()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException("commit log of " + dataset.tableName() + " names a file outside its directory: "
                            + file.path());
                }
                Path hidden = target.resolveSibling(PartFile.temporaryName(target.getFileName().toString()));
                if (!Files.exists(target) && Files.exists(hidden)) {
                    Durable.move(hidden, target);
                    touched.add(target.getParent());
                    LOG.info("{}: published {} of interrupted commit {}", dataset.tableName(), file.path(),
                            entry.commit());
                }
                if (Files.exists(target)) {
                    listed.add(file.path());
                    committed.add(file);
                } else {
                    LOG.warn("{}: file {} of commit {} is missing; its rows are gone", dataset.tableName(),
                            file.path(), entry.commit());
                }
            }
        }
        List<Path> strays;
        try (Stream<Path> files = Files.walk(directory)) {
            strays = files.filter(Files::isRegularFile).filter(this::isDataFile).toList();
        }
        for (Path file : strays) {
            String name = file.getFileName().toString();
            String relative = directory.relativize(file).toString().replace('\\', '/');
            if (name.startsWith(".part-") && name.endsWith(".parquet.tmp")) {
                Files.delete(file);
                touched.add(file.getParent());
            } else if (name.startsWith("part-") && !listed.contains(relative)) {
                Durable.move(file, file.resolveSibling("." + name + ".orphan"));
                touched.add(file.getParent());
                LOG.warn("{}: {} is not in the commit log; hidden as .{}.orphan", dataset.tableName(), relative, name);
            }
        }
        for (Path changed : touched) {
            Durable.syncDirectory(changed);
        }
    }

    private boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith(".part-") && name.endsWith(".parquet.tmp"))
                || (name.startsWith("part-") && name.endsWith(".parquet"));
    }

    Dataset dataset() {
        return dataset;
    }

    DatasetSchema schema() {
        return schema;
    }

    long lastCommit() {
        return lastCommit;
    }

    /** Committed files in commit order. */
    List<CommitLog.FileEntry> committed() {
        return committed;
    }

    Path path(CommitLog.FileEntry file) {
        return directory.resolve(file.path());
    }

    /** The key index, built from the committed files on first use. */
    KeyIndex index() {
        if (index == null) {
            index = load();
        }
        return index;
    }

    /** Distinct keys per instance, uncommitted rows included. */
    Map<String, Long> keysPerInstance() {
        index();
        return keysPerInstance;
    }

    /** Adds a key that the index does not hold yet, counting it for its instance. */
    int addKey(long key, String instance) {
        keysPerInstance.merge(instance, 1L, Long::sum);
        return index().add(key);
    }

    private KeyIndex load() {
        KeyIndex loaded = new KeyIndex(dataset.indexesVersions(), dataset == Dataset.STATUSES,
                dataset.kind() == Dataset.Kind.RELATION);
        Schema projection = projection();
        for (CommitLog.FileEntry file : committed) {
            int day = (int) LocalDate.parse(file.date()).toEpochDay();
            try {
                RowReader.read(path(file), projection, null, row -> {
                    String instance = row.get("instance").toString();
                    long key = dataset.keyHash(row);
                    int slot = loaded.find(key);
                    if (slot == KeyIndex.NONE) {
                        slot = loaded.add(key);
                        keysPerInstance.merge(instance, 1L, Long::sum);
                    }
                    if (dataset.versioned()) {
                        loaded.setVersion(slot, (Long) row.get("row_hash"), (Long) row.get("first_seen"), day);
                        loaded.setSighted(slot, openedMicros);
                    } else if (dataset.indexesVersions()) {
                        // annotated: rows come in commit order, so the last one read is the current version
                        loaded.setVersion(slot, dataset.annotation(row), (Long) row.get("first_seen"), day);
                    }
                    if (dataset == Dataset.STATUSES) {
                        Object editedAt = row.get("edited_at");
                        loaded.setEditedAt(slot, editedAt == null ? Long.MIN_VALUE : (Long) editedAt);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path(file) + " to index " + dataset.tableName()
                        + "; move the file away if it is damaged", e);
            }
        }
        return loaded;
    }

    /**
     * Hands every committed row of an instance that passes {@code filter} to {@code sink}, file by
     * file in commit order, reading only the named columns (which must include the filter's: a
     * column left out reads as null). Rows come as {@code Utf8} strings and epoch milliseconds.
     */
    void scan(String instance, List<String> columns, FilterPredicate filter, Consumer<GenericRecord> sink) {
        Schema projection = projection(columns);
        for (CommitLog.FileEntry file : List.copyOf(committed)) {
            if (file.instance().equals(instance)) {
                read(file, projection, filter, sink);
            }
        }
    }

    /** Hands every committed row (all columns) of one partition that passes {@code filter} to {@code sink}. */
    void scan(Partition partition, FilterPredicate filter, Consumer<GenericRecord> sink) {
        String day = partition.day().toString();
        for (CommitLog.FileEntry file : List.copyOf(committed)) {
            if (file.instance().equals(partition.instance()) && file.date().equals(day)) {
                read(file, null, filter, sink);
            }
        }
    }

    private void read(CommitLog.FileEntry file, Schema projection, FilterPredicate filter, Consumer<GenericRecord> sink) {
        try {
            RowReader.read(path(file), projection, filter, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(file) + " of " + dataset.tableName()
                    + "; move the file away if it is damaged", e);
        }
    }

    private Schema projection() {
        List<String> names = new ArrayList<>();
        names.add("instance");
        names.addAll(dataset.keyColumns());
        if (dataset.versioned()) {
            names.add("row_hash");
            names.add("first_seen");
        } else if (dataset.indexesVersions()) {
            names.add("first_seen");
            names.addAll(dataset.annotationColumns());
        }
        if (dataset == Dataset.STATUSES) {
            names.add("edited_at");
        }
        return projection(names);
    }

    /** The dataset's schema cut down to the named columns. */
    private Schema projection(List<String> names) {
        List<Schema.Field> fields = new ArrayList<>();
        for (String name : names) {
            Schema.Field field = schema.avro().getField(name);
            fields.add(new Schema.Field(field, field.schema()));
        }
        return Schema.createRecord(schema.avro().getName(), null, schema.avro().getNamespace(), false, fields);
    }

    /** Appends a row to its partition's open file, completing files that are full or least recently used. */
    void append(Partition partition, GenericRecord row) throws IOException {
        PartFile file = open.get(partition);
        if (file == null) {
            if (open.size() >= options.openFilesPerDataset()) {
                Iterator<Map.Entry<Partition, PartFile>> eldest = open.entrySet().iterator();
                PartFile evicted = eldest.next().getValue();
                eldest.remove();
                evicted.finish();
                finished.add(evicted);
            }
            file = PartFile.create(directory, partition, schema, options);
            open.put(partition, file);
        }
        file.write(row);
        if (file.full()) {
            open.remove(partition);
            file.finish();
            finished.add(file);
        }
    }

    /** Completes every open file; returns all completed, uncommitted files. */
    List<PartFile> finishAll() throws IOException {
        for (PartFile file : open.values()) {
            file.finish();
            finished.add(file);
        }
        open.clear();
        return List.copyOf(finished);
    }

    /** Appends the commit's log line, naming the files and the checkpoints they carry. */
    void logCommit(long commit, String at, List<PartFile> files, List<String> checkpoints) throws IOException {
        log.append(new CommitLog.Entry(commit, at, entries(files), checkpoints));
        lastCommit = commit;
    }

    /** Renames logged files into view. */
    void publish(List<PartFile> files) throws IOException {
        Set<Path> directories = new TreeSet<>();
        for (PartFile file : files) {
            Durable.move(file.temporaryPath(), file.finalPath());
            directories.add(file.finalPath().getParent());
        }
        for (Path changed : directories) {
            Durable.syncDirectory(changed);
        }
        committed.addAll(entries(files));
        finished.removeAll(files);
    }

    private static List<CommitLog.FileEntry> entries(List<PartFile> files) {
        return files.stream().map(f -> new CommitLog.FileEntry(f.relativePath(), f.partition().instance(),
                f.partition().day().toString(), f.rows())).toList();
    }
}
