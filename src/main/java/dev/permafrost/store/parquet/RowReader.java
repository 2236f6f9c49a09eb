package dev.permafrost.store.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.PermafrostReadOptions;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the archive's own Parquet files back as Avro records, without Hadoop: for rebuilding the
 * key index (a projection of a few columns) and for copying an archived version (a filter on the
 * key). Strings come back as {@code Utf8}, timestamps as epoch milliseconds.
 */
final class RowReader {
    private RowReader() {}

    /**
     * Hands every row of {@code file} that passes {@code filter} to {@code sink}.
     *
     * @param projection the columns to read, or null for all
     * @param filter a predicate on the file's columns, or null for every row
     */
    static void read(Path file, Schema projection, FilterPredicate filter, Consumer<GenericRecord> sink)
            throws IOException {
        PlainParquetConfiguration configuration = new PlainParquetConfiguration();
        if (projection != null) {
            configuration.set(AvroReadSupport.AVRO_REQUESTED_PROJECTION, projection.toString());
        }
        FilterCompat.Filter compatFilter = filter == null ? FilterCompat.NOOP : FilterCompat.get(filter);
        ZstdCodecs codecs = new ZstdCodecs(1);
        try (ParquetFileReader reader = new ParquetFileReader(new LocalInputFile(file),
                PermafrostReadOptions.create(codecs, configuration, compatFilter))) {
            MessageType fileSchema = reader.getFooter().getFileMetaData().getSchema();
            Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            Map<String, Set<String>> metadataSets = new HashMap<>();
            metadata.forEach((key, value) -> metadataSets.put(key, Set.of(value)));
            AvroReadSupport<GenericRecord> support = new AvroReadSupport<>(GenericData.get());
            ReadSupport.ReadContext context = support.init(new InitContext(configuration, metadataSets, fileSchema));
            reader.setRequestedSchema(context.getRequestedSchema());
            RecordMaterializer<GenericRecord> materializer =
                    support.prepareForRead(configuration, metadata, fileSchema, context);
            ColumnIOFactory columns = new ColumnIOFactory(reader.getFooter().getFileMetaData().getCreatedBy());
            PageReadStore pages;
            while ((pages = reader.readNextFilteredRowGroup()) != null) {
                RecordReader<GenericRecord> records = columns
                        .getColumnIO(context.getRequestedSchema(), fileSchema, true)
                        .getRecordReader(pages, materializer, compatFilter);
                for (long i = 0, n = pages.getRowCount(); i < n; i++) {
                    GenericRecord row = records.read();
                    if (row != null && !records.shouldSkipCurrentRecord()) {
                        sink.accept(row);
                    }
                }
            }
        }
    }
}
