package dev.permafrost.store.parquet;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The child process of {@link HadoopFreeTest}: runs the archive on a class path without Hadoop,
 * commits a status and its edit (which reads the archived version back from its file), writes one
 * more batch without committing it, says READY and waits to be killed.
 */
public final class HadoopFreeWriter {
    static final CollectionKey HOME = new CollectionKey("localhost:3000", "1", "home");

    private HadoopFreeWriter() {}

    public static void main(String[] args) throws Exception {
        try {
            Class.forName("org.apache.hadoop.conf.Configuration");
            System.out.println("hadoop present");
        } catch (ClassNotFoundException expected) {
            System.out.println("hadoop absent");
        }
        ParquetStore archive = ParquetStore.open(Path.of(args[0]), ParquetOptions.defaults());
        archive.write(batch("status_before_edit.json", "1"));
        archive.flush();
        archive.write(batch("status_edited.json", "2"));
        archive.flush();
        archive.write(batch("status_full.json", "3"));
        System.out.println("READY");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        archive.close();
    }

    static Batch batch(String fixture, String cursor) {
        return new Batch(HOME, List.of(Fixtures.one(fixture, Status.class)), Optional.empty(),
                Optional.of(new Checkpoint(HOME, cursor, null, Instant.parse("2026-08-01T00:00:00Z"))));
    }
}
