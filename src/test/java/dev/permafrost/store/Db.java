package dev.permafrost.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain SQL on an archive file, the way any H2 tool would see it. */
final class Db {
    private Db() {}

    static Connection connect(Path archive) throws SQLException {
        return DriverManager.getConnection(H2Schema.jdbcUrl(archive), "sa", "");
    }

    /** The rows of a query, columns by lower-case name. */
    static List<Map<String, Object>> query(Path archive, String sql, Object... values) {
        try (Connection connection = connect(archive);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bindAll(statement, values);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.put(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), Sql.value(result, i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> single(Path archive, String sql, Object... values) {
        List<Map<String, Object>> rows = query(archive, sql, values);
        if (rows.size() != 1) {
            throw new IllegalStateException(sql + " returned " + rows.size() + " rows, expected one: " + rows);
        }
        return rows.get(0);
    }

    static long count(Path archive, String table) {
        return (Long) single(archive, "SELECT COUNT(*) AS n FROM " + table).get("n");
    }
}
