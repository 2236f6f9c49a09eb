package dev.permafrost.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL on an H2 archive file a command wrote and closed, the way any H2 tool reads it. */
public record ArchiveDb(Path path) implements StoreDb {

    @Override
    public String url() {
        return "h2:" + path;
    }

    /** The first column of every row of a query. */
    @Override
    public List<String> column(String sql, Object... values) {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path.toAbsolutePath(), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** Every row of a table as text, time columns left out, sorted: for comparing two archives. */
    public List<String> rows(String table, List<String> leftOut) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path.toAbsolutePath(), "sa", "");
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    String column = result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    if (!leftOut.contains(column)) {
                        row.append(column).append('=').append(result.getString(i)).append('|');
                    }
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new AssertionError(table + ": " + e.getMessage(), e);
        }
        rows.sort(null);
        return rows;
    }
}
