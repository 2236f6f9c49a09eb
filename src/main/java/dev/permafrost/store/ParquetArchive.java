package dev.permafrost.store;

import dev.permafrost.store.parquet.ParquetOptions;
import dev.permafrost.store.parquet.ParquetStore;
import java.nio.file.Path;

/**
 * Opens the Parquet archive ({@code parquet:DIR}): one Hive-partitioned dataset of ZSTD Parquet
 * files per table, described by the Avro schemas in {@code schemas/}. The implementation lives in
 * {@link dev.permafrost.store.parquet}; the README's "Parquet datasets" section describes the layout.
 *
 * <p>Where it differs from the H2 archive: {@link Archive#markUnseenDeleted} answers only for an
 * account's {@code statuses}, from sightings kept in memory since the archive was opened, so a
 * re-walk resumed by a later process marks nothing (see {@link ParquetStore#markUnseenDeleted});
 * {@link Archive#recordMediaFile} adds a version of the media row.
 */
public final class ParquetArchive {
    private ParquetArchive() {}

    /** Opens (creating or recovering as needed) the archive in {@code directory}, with default options. */
    public static Archive open(Path path) {
        return ParquetStore.open(path, ParquetOptions.defaults());
    }

    /** Opens the archive in {@code directory} with the given options. */
    public static ParquetStore open(Path path, ParquetOptions options) {
        return ParquetStore.open(path, options);
    }
}
