package dev.permafrost.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Plain SQL on an archive a command wrote and closed, under the table names of the shared
 * contract, so one assertion reads an H2 file ({@link ArchiveDb}) or Parquet datasets
 * ({@link ParquetDb}).
 */
interface StoreDb {
    /** The store URL a command is given. */
    String url();

    /** The first column of every row of a query, as text. */
    List<String> column(String sql, Object... values);

    /** A query's single number, e.g. {@code SELECT COUNT(*) FROM ...}. */
    default long count(String sql, Object... values) {
        return Long.parseLong(column(sql, values).get(0));
    }

    /** The archive {@code h2} or {@code parquet} at {@code path}. */
    static StoreDb of(String scheme, Path path) {
        return switch (scheme) {
            case "h2" -> new ArchiveDb(path);
            case "parquet" -> new ParquetDb(path);
            default -> throw new IllegalArgumentException("no store scheme " + scheme);
        };
    }
}
