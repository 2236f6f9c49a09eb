package dev.permafrost.store.parquet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's checkpoints, {@code _checkpoints.json}: replaced atomically after the files of a
 * commit are published, so a checkpoint on disk never runs ahead of the data it stands for. The
 * fields are those of the shared {@code checkpoints} table.
 */
final class CheckpointFile {
    static final String FILE_NAME = "_checkpoints.json";

    /** The file's content: the commit it was written by and every checkpoint. */
    record Content(long commit, List<Row> checkpoints) {}

    /** One checkpoint, with the column names of the {@code checkpoints} table. */
    record Row(String instance, String account, String collection, String cursor, String state, String updated_at) {
        static Row of(Checkpoint checkpoint) {
            CollectionKey key = checkpoint.key();
            return new Row(key.instance(), key.account(), key.collection(), checkpoint.cursor(), checkpoint.state(),
                    checkpoint.updatedAt().toString());
        }

        Checkpoint checkpoint() {
            return new Checkpoint(new CollectionKey(instance, account, collection), cursor, state,
                    Instant.parse(updated_at));
        }
    }

    private final Path file;
    private final ObjectMapper mapper;

    CheckpointFile(Path root, ObjectMapper mapper) {
        this.file = root.resolve(FILE_NAME);
        this.mapper = mapper;
    }

    /** The stored checkpoints by key, and the commit that stored them (0 when none). */
    Content read() throws IOException {
        if (!Files.exists(file)) {
            return new Content(0, List.of());
        }
        try {
            return mapper.readValue(file.toFile(), Content.class);
        } catch (IOException e) {
            throw new IOException("checkpoint file " + file + " is unreadable (" + e.getMessage()
                    + "); restore it from a backup, or delete it to crawl every collection again", e);
        }
    }

    static Map<CollectionKey, Checkpoint> byKey(Content content) {
        Map<CollectionKey, Checkpoint> checkpoints = new LinkedHashMap<>();
        for (Row row : content.checkpoints()) {
            Checkpoint checkpoint = row.checkpoint();
            checkpoints.put(checkpoint.key(), checkpoint);
        }
        return checkpoints;
    }

    void write(long commit, Collection<Checkpoint> checkpoints) throws IOException {
        Content content = new Content(commit, checkpoints.stream().map(Row::of).toList());
        Durable.replace(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
    }
}
