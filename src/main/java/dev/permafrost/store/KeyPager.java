package dev.permafrost.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a whole table of the H2 archive in key order through many short queries: one per group
 * of the key's leading columns (an instance, an owner's timeline...), in pages of
 * {@value #PAGE} rows on the key's last column. A single long-running query is not an option:
 * H2 frees the file chunks a lazy cursor still needs ("Chunk not found", h2database#4142), and
 * an eager one holds its whole result.
 */
final class KeyPager {
    static final int PAGE = 1000;

    private final Connection connection;
    private final int pageSize;

    KeyPager(Connection connection) {
        this(connection, PAGE);
    }

    KeyPager(Connection connection, int pageSize) {
        this.connection = connection;
        this.pageSize = pageSize;
    }

    /** What to do with the rows of a table. */
    interface Handler {
        void row(Row row) throws SQLException;

        /** Called after the last row of each group of the leading key columns. */
        default void groupEnd() throws SQLException {}
    }

    /**
     * Hands every row of {@code select} to {@code handler}, in key order.
     *
     * @param table the driving table, aliased {@code d} in {@code select}
     * @param select {@code SELECT ... FROM table d [JOIN ...]}, selecting {@code d.}each key column
     *     under its own name
     * @param where a condition on the rows, or {@code ""}
     */
    void forEach(String table, String select, String where, Handler handler) throws SQLException {
        List<String> key = ArchiveTables.key(table);
        List<String> leading = key.subList(0, key.size() - 1);
        String last = key.get(key.size() - 1);
        List<List<Object>> groups = new ArrayList<>();
        if (leading.isEmpty()) {
            groups.add(List.of());
        } else {
            String columns = "d." + String.join(", d.", leading);
            for (Row row : query(table, "SELECT DISTINCT " + columns + " FROM " + table + " d ORDER BY " + columns,
                    List.of())) {
                groups.add(new ArrayList<>(row.columns().values()));
            }
        }
        StringBuilder condition = new StringBuilder(where.isEmpty() ? "" : "(" + where + ") AND ");
        for (String column : leading) {
            condition.append("d.").append(column).append(" = ? AND ");
        }
        // The whole key in ORDER BY, though the leading columns are fixed: only then does H2 see
        // that the index is sorted and stop after a page (ordered by the last column alone, it
        // sorts the whole group for every page).
        String order = " ORDER BY d." + String.join(", d.", key) + " LIMIT " + pageSize;
        String first = select + " WHERE " + condition + "TRUE" + order;
        String next = select + " WHERE " + condition + "d." + last + " > ?" + order;
        for (List<Object> group : groups) {
            Object after = null;
            while (true) {
                List<Object> values = new ArrayList<>(group);
                if (after != null) {
                    values.add(after);
                }
                List<Row> page = query(table, after == null ? first : next, values);
                for (Row row : page) {
                    handler.row(row);
                }
                if (page.size() < pageSize) {
                    break;
                }
                after = page.get(page.size() - 1).get(last);
            }
            handler.groupEnd();
        }
    }

    private List<Row> query(String table, String sql, List<Object> values) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bindAll(statement, values.toArray());
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                String[] names = new String[meta.getColumnCount()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                }
                while (result.next()) {
                    Map<String, Object> columns = new LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        columns.put(names[i], Sql.value(result, i + 1));
                    }
                    rows.add(new Row(table, columns));
                }
            }
        }
        return rows;
    }
}
