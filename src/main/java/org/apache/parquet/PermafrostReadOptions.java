package org.apache.parquet;

import java.util.Map;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Builds {@link ParquetReadOptions} without touching Hadoop, for Permafrost's Parquet archive.
 *
 * <p>Why this class lives in Parquet's package: every public way to build read options
 * ({@code ParquetReadOptions.builder(...)}) creates Hadoop's codec factory in its constructor, which
 * fails with {@code NoClassDefFoundError} when Hadoop is absent at run time, even when a codec
 * factory is supplied afterwards. The constructor that takes the factory directly is
 * package-private. Checked against parquet-mr 1.18.1; a test reads files without Hadoop on the
 * class path, so a changed constructor fails the build rather than a user's run.
 */
public final class PermafrostReadOptions {
    private static final int MAX_ALLOCATION_BYTES = 8 * 1024 * 1024;

    private PermafrostReadOptions() {}

    /** Read options using {@code codecs} to decompress, with {@code filter} for row groups and records. */
    public static ParquetReadOptions create(CompressionCodecFactory codecs, ParquetConfiguration configuration,
                                            FilterCompat.Filter filter) {
        return new ParquetReadOptions(
                false, // useSignedStringMinMax
                true, // useStatsFilter
                true, // useDictionaryFilter
                true, // useRecordFilter
                true, // useColumnIndexFilter
                false, // usePageChecksumVerification
                true, // useBloomFilter
                false, // useOffHeapDecryptBuffer
                false, // useHadoopVectoredIo
                filter,
                ParquetMetadataConverter.NO_FILTER,
                codecs,
                new HeapByteBufferAllocator(),
                MAX_ALLOCATION_BYTES,
                Map.of(),
                null, // no decryption
                null, // no metrics callback
                configuration);
    }
}
