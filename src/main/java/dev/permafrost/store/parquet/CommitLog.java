package dev.permafrost.store.parquet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset's commit log, {@code <dataset>/_commits.jsonl}: one JSON line per commit naming the
 * files it published (path, partition, rows) and the checkpoints it carried. A line is appended
 * and forced to disk <em>before</em> its files are renamed into view, so every visible
 * {@code part-*.parquet} file is listed, and a file listed but still hidden is complete and can be
 * published on recovery. A torn last line (a crash while appending) is cut off when read.
 */
final class CommitLog {
    static final String FILE_NAME = "_commits.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(CommitLog.class);

    /** One commit of one dataset. */
    record Entry(long commit, String at, List<FileEntry> files, List<String> checkpoints) {
        Entry {
            files = List.copyOf(files);
            checkpoints = List.copyOf(checkpoints);
        }
    }

    /** One published file: its path below the dataset directory, its partition and row count. */
    record FileEntry(String path, String instance, String date, long rows) {}

    private final Path file;
    private final ObjectMapper mapper;

    CommitLog(Path datasetDirectory, ObjectMapper mapper) {
        this.file = datasetDirectory.resolve(FILE_NAME);
        this.mapper = mapper;
    }

    /** The log's entries in commit order, after cutting off a torn last line. */
    List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        long goodLength = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8).trim();
                if (!line.isEmpty()) {
                    try {
                        entries.add(mapper.readValue(line, Entry.class));
                    } catch (IOException e) {
                        throw new IOException("commit log " + file + " is corrupt at byte " + start
                                + " (" + e.getMessage() + "); restore it from a backup or move it away to drop the"
                                + " dataset's history", e);
                    }
                }
                start = i + 1;
                goodLength = start;
            }
        }
        if (goodLength < bytes.length) {
            LOG.warn("{}: dropping a torn last line of {} bytes left by an interrupted commit", file,
                    bytes.length - goodLength);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(goodLength);
                channel.force(true);
            }
        }
        return entries;
    }

    /** Appends an entry and forces it to disk. */
    void append(Entry entry) throws IOException {
        byte[] line = (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Durable.append(file, line);
    }
}
