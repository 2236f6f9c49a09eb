package dev.permafrost.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JDBC plumbing of the H2 archive: binding values, batched statements, bulk key lookups. */
final class Sql {
    private Sql() {}

    /** Binds a String, Long, Boolean, Instant, LocalDate or null. */
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setObject(index, value);
        }
    }

    static void bindAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
    }

    /** Runs one statement per row as a single JDBC batch. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bindAll(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Runs one statement once and returns the number of rows it changed. */
    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, values);
            return statement.executeUpdate();
        }
    }

    /**
     * Which of {@code keys} a table already holds among the rows whose fixed columns have the
     * given values, with the requested columns of each. One query for a whole batch: the keys go
     * in as an array joined through {@code UNNEST}, which H2 answers with index lookups (an
     * {@code IN} list or {@code = ANY(?)} scans every row of the instance instead).
     */
    static Map<Object, Object[]> existing(Connection connection, String table, List<String> fixedColumns,
                                          List<Object> fixedValues, String keyColumn, Collection<?> keys,
                                          List<String> fetched) throws SQLException {
        Map<Object, Object[]> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        StringBuilder sql = new StringBuilder("SELECT t.").append(keyColumn);
        for (String column : fetched) {
            sql.append(", t.").append(column);
        }
        sql.append(" FROM UNNEST(?) AS x(k) JOIN ").append(table).append(" t ON ");
        for (String column : fixedColumns) {
            sql.append("t.").append(column).append(" = ? AND ");
        }
        sql.append("t.").append(keyColumn).append(" = x.k");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            statement.setObject(1, keys.toArray(new Object[0]));
            for (int i = 0; i < fixedValues.size(); i++) {
                bind(statement, i + 2, fixedValues.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Object[] values = new Object[fetched.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(result, i + 2);
                    }
                    found.put(value(result, 1), values);
                }
            }
        }
        return found;
    }

    /** Reads a column as String, Long, Boolean, Instant, LocalDate (DATE columns) or null. */
    static Object value(ResultSet result, int index) throws SQLException {
        Object value = result.getObject(index);
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        return value;
    }
}
