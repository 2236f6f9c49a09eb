package dev.permafrost.store.parquet;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the Parquet archive. {@link #defaults()} fits the heap: row groups are buffered in
 * memory until full, so they are sized from {@code -Xmx}.
 *
 * @param rowsPerFile a file is completed after this many rows
 * @param bytesPerFile a file is completed once it holds about this many (compressed) bytes
 * @param rowGroupBytes the size of a row group, buffered in memory per open file
 * @param openFilesPerDataset how many partitions of a dataset may have a file open at once; the
 *     least recently used one is completed when another is needed
 * @param commitInterval the longest time written batches wait before a commit makes them and
 *     their checkpoints durable ({@code Duration.ZERO}: commit after every batch)
 * @param zstdLevel the ZSTD compression level, 1 (fastest) to 22
 */
public record ParquetOptions(long rowsPerFile, long bytesPerFile, long rowGroupBytes, int openFilesPerDataset,
                             Duration commitInterval, int zstdLevel) {
    private static final long MB = 1024 * 1024;

    public ParquetOptions {
        if (rowsPerFile < 1) {
            throw new IllegalArgumentException("rowsPerFile < 1");
        }
        if (bytesPerFile < MB) {
            throw new IllegalArgumentException("bytesPerFile < 1 MB");
        }
        if (rowGroupBytes < 64 * 1024) {
            throw new IllegalArgumentException("rowGroupBytes < 64 KB");
        }
        if (openFilesPerDataset < 1) {
            throw new IllegalArgumentException("openFilesPerDataset < 1");
        }
        Objects.requireNonNull(commitInterval, "commitInterval");
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("commitInterval < 0");
        }
        if (zstdLevel < 1 || zstdLevel > 22) {
            throw new IllegalArgumentException("zstdLevel outside 1..22");
        }
    }

    /**
     * A million rows or 256 MB a file, row groups of 1/32 of the heap (4 to 64 MB), a commit a
     * minute, ZSTD level 1 (level 3 makes JSON a few percent smaller for half the speed).
     */
    public static ParquetOptions defaults() {
        long rowGroup = Math.max(4 * MB, Math.min(64 * MB, Runtime.getRuntime().maxMemory() / 32));
        return new ParquetOptions(1_000_000, 256 * MB, rowGroup, 4, Duration.ofMinutes(1), 1);
    }

    public ParquetOptions withCommitInterval(Duration interval) {
        return new ParquetOptions(rowsPerFile, bytesPerFile, rowGroupBytes, openFilesPerDataset, interval, zstdLevel);
    }

    public ParquetOptions withRowsPerFile(long rows) {
        return new ParquetOptions(rows, bytesPerFile, rowGroupBytes, openFilesPerDataset, commitInterval, zstdLevel);
    }

    public ParquetOptions withOpenFilesPerDataset(int files) {
        return new ParquetOptions(rowsPerFile, bytesPerFile, rowGroupBytes, files, commitInterval, zstdLevel);
    }

    public ParquetOptions withZstdLevel(int level) {
        return new ParquetOptions(rowsPerFile, bytesPerFile, rowGroupBytes, openFilesPerDataset, commitInterval, level);
    }
}
