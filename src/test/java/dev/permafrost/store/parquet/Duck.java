package dev.permafrost.store.parquet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the archive's datasets back with DuckDB, the way a user would. */
final class Duck {
    private Duck() {}

    /** The glob of a dataset's visible files, for {@code read_parquet}. */
    static String glob(Path root, String dataset) {
        return root.resolve(dataset).toAbsolutePath() + "/**/*.parquet";
    }

    /**
     * Runs a query in which {@code {dataset}} stands for {@code read_parquet(<glob>, hive_partitioning = true,
     * union_by_name = true)} of that dataset; an absent dataset reads as an empty result.
     */
    static List<Map<String, Object>> query(Path root, String sql, Object... parameters) {
        String expanded = sql;
        for (String dataset : datasetsIn(sql)) {
            expanded = expanded.replace("{" + dataset + "}", "read_parquet('" + glob(root, dataset)
                    + "', hive_partitioning = true, union_by_name = true)");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement(expanded)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet results = statement.executeQuery()) {
                ResultSetMetaData meta = results.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (results.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnName(c), results.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB query failed: " + expanded, e);
        }
    }

    /** Counts a dataset's visible rows (0 when it has no file yet). */
    static long count(Path root, String dataset) {
        if (!hasFiles(root, dataset)) {
            return 0;
        }
        return ((Number) query(root, "SELECT count(*) AS n FROM {" + dataset + "}").get(0).get("n")).longValue();
    }

    static boolean hasFiles(Path root, String dataset) {
        try (var files = Files.walk(root.resolve(dataset))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")
                    && !f.getFileName().toString().startsWith("."));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<String> datasetsIn(String sql) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([a-z_]+)}").matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
