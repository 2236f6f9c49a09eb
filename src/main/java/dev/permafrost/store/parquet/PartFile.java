package dev.permafrost.store.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * One Parquet file being written into a partition, under the hidden name
 * {@code .part-….parquet.tmp} that {@code *.parquet} globs skip. {@link #finish()} completes and
 * fsyncs it; the commit renames it to {@code part-….parquet}. Not thread-safe.
 */
final class PartFile {
    /**
     * Columns with few distinct values, the only ones worth a dictionary: on IDs, URLs and text it
     * costs a hash-map insert per value and is dropped once the dictionary fills up anyway.
     */
    private static final Set<String> DICTIONARY = Set.of("instance", "owner_id", "visibility", "language",
            "account_id", "type", "timeline", "kind", "replies_policy", "filter_action", "action", "outcome");
    /**
     * Columns that keep min/max statistics, which let readers skip row groups when they filter on
     * keys and times; on free text they help no query and cost a comparison per value.
     */
    private static final Set<String> STATISTICS = Set.of("instance", "id", "owner_id", "status_id", "account_id",
            "follower_id", "followed_id", "list_id", "created_at", "edited_at", "first_seen", "last_seen",
            "deleted_at", "ended_at", "row_hash", "at");


    /** Under half a G1 region of a small heap, so page buffers are not humongous objects. */
    private static final int PAGE_BYTES = 256 * 1024;

    private final Partition partition;
    private final Path directory;
    private final String name;
    /** Null once finished: a closed writer still holds its column buffers. */
    private ParquetWriter<GenericRecord> writer;
    private final ParquetOptions options;
    private long rows;
    private boolean finished;

    private PartFile(Partition partition, Path directory, String name, ParquetWriter<GenericRecord> writer,
                     ParquetOptions options) {
        this.partition = partition;
        this.directory = directory;
        this.name = name;
        this.writer = writer;
        this.options = options;
    }

    static PartFile create(Path datasetDirectory, Partition partition, DatasetSchema schema, ParquetOptions options)
            throws IOException {
        Path directory = datasetDirectory.resolve(partition.directory());
        Files.createDirectories(directory);
        String name = "part-" + System.currentTimeMillis() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".parquet";
        PlainParquetConfiguration configuration = new PlainParquetConfiguration();
        // three-level lists: readers see list<struct<...>> and not a legacy repeated group
        configuration.set("parquet.avro.write-old-list-structure", "false");
        RowWriteSupport support = new RowWriteSupport(schema.avro(), Map.of(
                "permafrost.dataset", schema.dataset(),
                "permafrost.schema.version", Integer.toString(schema.version())));
        Builder builder = new Builder(new LocalOutputFile(directory.resolve(temporaryName(name))), support)
                .withConf(configuration)
                .withCodecFactory(new ZstdCodecs(options.zstdLevel()))
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(options.rowGroupBytes())
                .withPageSize(PAGE_BYTES)
                .withWriteMode(ParquetFileWriter.Mode.CREATE);
        builder = builder.withDictionaryEncoding(false).withStatisticsEnabled(false).withSizeStatisticsEnabled(false);
        for (org.apache.avro.Schema.Field field : schema.avro().getFields()) {
            if (DICTIONARY.contains(field.name())) {
                builder = builder.withDictionaryEncoding(field.name(), true);
            }
            if (STATISTICS.contains(field.name())) {
                builder = builder.withStatisticsEnabled(field.name(), true);
            }
        }
        return new PartFile(partition, directory, name, builder.build(), options);
    }

    /** A writer builder for {@link RowWriteSupport}. */
    private static final class Builder extends ParquetWriter.Builder<GenericRecord, Builder> {
        private final RowWriteSupport support;

        Builder(OutputFile file, RowWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in the builder; never called with a ParquetConfiguration set
        protected WriteSupport<GenericRecord> getWriteSupport(org.apache.hadoop.conf.Configuration configuration) {
            return support;
        }

        @Override
        protected WriteSupport<GenericRecord> getWriteSupport(ParquetConfiguration configuration) {
            return support;
        }
    }

    static String temporaryName(String name) {
        return "." + name + ".tmp";
    }

    Partition partition() {
        return partition;
    }

    /** The file's final path below the dataset directory, e.g. {@code instance=x/date=d/part-1.parquet}. */
    String relativePath() {
        return partition.directory() + "/" + name;
    }

    Path temporaryPath() {
        return directory.resolve(temporaryName(name));
    }

    Path finalPath() {
        return directory.resolve(name);
    }

    long rows() {
        return rows;
    }

    void write(GenericRecord row) throws IOException {
        writer.write(row);
        rows++;
    }

    /** Whether the file reached its row or byte limit and should be completed. */
    boolean full() {
        if (rows >= options.rowsPerFile()) {
            return true;
        }
        return (rows & 1023) == 0 && writer.getDataSize() >= options.bytesPerFile();
    }

    /** Writes the footer, closes the file and forces it to disk. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        ParquetWriter<GenericRecord> closing = writer;
        writer = null;
        closing.close();
        try (FileChannel channel = FileChannel.open(temporaryPath(), StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
