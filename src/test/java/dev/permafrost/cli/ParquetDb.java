package dev.permafrost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Plain SQL on a Parquet archive a command wrote and closed, through DuckDB the way the README
 * shows: every dataset is a view named like its H2 table, reading
 * {@code read_parquet('DIR/<dataset>/**}{@code /*.parquet', hive_partitioning = true, union_by_name = true)}
 * and, for datasets with versions, keeping the current one of each key (the greatest
 * {@code last_seen}). A dataset without files is an empty table with the schema's columns.
 */
record ParquetDb(Path dir) implements StoreDb {
    static final List<String> DATASETS = List.of("accounts", "statuses", "notifications", "favourites", "bookmarks",
            "follows", "timeline_entries", "lists", "list_members", "blocks", "mutes", "domain_blocks",
            "followed_tags", "status_interactions", "conversations", "filters", "scheduled_statuses", "polls", "media",
            "status_edits", "write_actions");
    /** The key of each dataset with versions (see each schema's doc); the others hold one row per key. */
    static final Map<String, String> VERSIONED = Map.ofEntries(
            Map.entry("accounts", "instance, id"), Map.entry("statuses", "instance, id"),
            Map.entry("polls", "instance, id"), Map.entry("media", "instance, id"),
            Map.entry("conversations", "instance, owner_id, id"), Map.entry("lists", "instance, owner_id, id"),
            Map.entry("filters", "instance, owner_id, id"), Map.entry("scheduled_statuses", "instance, owner_id, id"),
            Map.entry("follows", "instance, follower_id, followed_id"),
            Map.entry("list_members", "instance, list_id, account_id"),
            Map.entry("blocks", "instance, owner_id, account_id"), Map.entry("mutes", "instance, owner_id, account_id"),
            Map.entry("domain_blocks", "instance, owner_id, domain"),
            Map.entry("followed_tags", "instance, owner_id, name"),
            Map.entry("status_interactions", "instance, status_id, kind, account_id"));

    @Override
    public String url() {
        return "parquet:" + dir;
    }

    @Override
    public List<String> column(String sql, Object... values) {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement views = connection.createStatement()) {
                for (String dataset : DATASETS) {
                    views.execute(view(dataset));
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
        return found;
    }

    private String view(String dataset) {
        Path directory = dir.resolve(dataset);
        if (!hasFiles(directory)) {
            return "CREATE TABLE " + dataset + " (" + String.join(", ", columns(dataset)) + ")";
        }
        String read = "SELECT * FROM read_parquet('" + directory.toAbsolutePath() + "/**/*.parquet',"
                + " hive_partitioning = true, union_by_name = true)";
        String key = VERSIONED.get(dataset);
        if (key != null) {
            read += " QUALIFY row_number() OVER (PARTITION BY " + key + " ORDER BY last_seen DESC NULLS LAST) = 1";
        }
        return "CREATE VIEW " + dataset + " AS " + read;
    }

    private static boolean hasFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("part-")
                    && f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset's columns as DuckDB column definitions, from its Avro schema on the class path. */
    private static List<String> columns(String dataset) {
        Schema schema;
        try (InputStream in = ParquetDb.class.getClassLoader().getResourceAsStream("schemas/" + dataset + ".avsc")) {
            schema = new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> columns = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            columns.add("\"" + field.name() + "\" " + type(field.schema()));
        }
        return columns;
    }

    private static String type(Schema schema) {
        if (schema.isUnion()) {
            return type(schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow());
        }
        return switch (schema.getType()) {
            case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis ? "TIMESTAMPTZ" : "BIGINT";
            case INT -> schema.getLogicalType() instanceof LogicalTypes.Date ? "DATE" : "INTEGER";
            case BOOLEAN -> "BOOLEAN";
            case DOUBLE -> "DOUBLE";
            default -> "VARCHAR";
        };
    }
}
