package dev.permafrost.store;

import java.nio.file.Path;

/** The Parquet archive. Placeholder until the store issue lands. */
public final class ParquetArchive {
    private ParquetArchive() {}

    public static Archive open(Path path) {
        throw new UnsupportedOperationException("the Parquet archive is not built yet: " + path);
    }
}
