package dev.permafrost.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the H2 archive upserts one table in bulk: one lookup of the keys already present, then a
 * batch of plain INSERTs for new rows and a batch of UPDATEs for known ones (plain INSERTs are
 * several times faster than MERGE in H2). Rows of one call share the values of the fixed key
 * columns (the instance, the owner...) and differ in one key column.
 *
 * @param table the table
 * @param columns every column, in the order of the row arrays handed to {@link #write}
 * @param fixedKey the key columns whose values all rows of a call share
 * @param key the key column that tells rows apart
 * @param update columns set on rows already present; empty: such rows are left alone
 * @param keepWhenNull update columns not overwritten by a null (a poll's status id, say)
 * @param refreshUnchanged when not null, a row whose raw JSON is unchanged is not rewritten
 *     unless its {@code last_seen} is older than this: the same author on every page of a
 *     timeline would otherwise be rewritten with every batch, a quarter of the write time
 */
record Upsert(String table, List<String> columns, List<String> fixedKey, String key, List<String> update,
              Set<String> keepWhenNull, Duration refreshUnchanged) {

    Upsert {
        columns = List.copyOf(columns);
        fixedKey = List.copyOf(fixedKey);
        update = List.copyOf(update);
        keepWhenNull = Set.copyOf(keepWhenNull);
        if (refreshUnchanged != null && !columns.contains("raw")) {
            throw new IllegalArgumentException(table + " has no raw column to compare");
        }
        for (String column : concat(fixedKey, List.of(key), update)) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
        }
    }

    static Upsert of(String table, List<String> columns, List<String> fixedKey, String key, List<String> update) {
        return new Upsert(table, columns, fixedKey, key, update, Set.of(), null);
    }

    /** An upsert that only inserts rows not yet present (links, notifications, history). */
    static Upsert insertOnly(String table, List<String> columns, List<String> fixedKey, String key) {
        return new Upsert(table, columns, fixedKey, key, List.of(), Set.of(), null);
    }

    Upsert keepingWhenNull(String... kept) {
        return new Upsert(table, columns, fixedKey, key, update, Set.of(kept), refreshUnchanged);
    }

    /** The same upsert, leaving rows with unchanged raw JSON alone for up to {@code interval}. */
    Upsert skippingUnchanged(Duration interval) {
        return new Upsert(table, columns, fixedKey, key, update, keepWhenNull, interval);
    }

    /** The same table updated with other columns (a status's counts only, say). */
    Upsert updating(List<String> otherUpdate) {
        return new Upsert(table, columns, fixedKey, key, otherUpdate, keepWhenNull, refreshUnchanged);
    }

    /** Inserts new rows and updates known ones; within a call the last row of a key wins. */
    void write(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (List<Object[]> group : byFixedKey(rows).values()) {
            Map<Object, Object[]> unique = new LinkedHashMap<>();
            for (Object[] row : group) {
                unique.put(row[columns.indexOf(key)], row);
            }
            Map<Object, Object[]> present = existing(connection, fixedValues(group.get(0)), unique.keySet(),
                    comparedColumns());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (Map.Entry<Object, Object[]> entry : unique.entrySet()) {
                Object[] archived = present.get(entry.getKey());
                if (archived == null) {
                    inserts.add(entry.getValue());
                } else if (!unchanged(entry.getValue(), archived)) {
                    updates.add(entry.getValue());
                }
            }
            insert(connection, inserts);
            update(connection, updates);
        }
    }

    private List<String> comparedColumns() {
        if (refreshUnchanged == null) {
            return List.of();
        }
        return columns.contains("last_seen") ? List.of("raw", "last_seen") : List.of("raw");
    }

    /** Whether a known row may be left as it is: same raw JSON, last seen recently enough. */
    private boolean unchanged(Object[] row, Object[] archived) {
        if (refreshUnchanged == null || !Objects.equals(row[columns.indexOf("raw")], archived[0])) {
            return false;
        }
        if (archived.length < 2) {
            return true;
        }
        Instant seen = (Instant) row[columns.indexOf("last_seen")];
        return archived[1] != null && !((Instant) archived[1]).isBefore(seen.minus(refreshUnchanged));
    }

    /**
     * The rows already present among {@code keys}, with the {@code fetched} columns of each.
     *
     * @param fixedValues the values of the {@link #fixedKey} columns, in that order
     */
    Map<Object, Object[]> existing(Connection connection, List<Object> fixedValues, Collection<?> keys,
                                   List<String> fetched) throws SQLException {
        return Sql.existing(connection, table, fixedKey, fixedValues, key, keys, fetched);
    }

    private List<Object> fixedValues(Object[] row) {
        List<Object> values = new ArrayList<>();
        for (String column : fixedKey) {
            values.add(row[columns.indexOf(column)]);
        }
        return values;
    }

    void insert(Connection connection, List<Object[]> rows) throws SQLException {
        Sql.batch(connection, insertSql(), rows);
    }

    void update(Connection connection, List<Object[]> rows) throws SQLException {
        if (update.isEmpty() || rows.isEmpty()) {
            return;
        }
        List<String> where = concat(fixedKey, List.of(key));
        int[] picks = indexes(concat(update, where));
        List<Object[]> parameters = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] values = new Object[picks.length];
            for (int i = 0; i < picks.length; i++) {
                values[i] = row[picks[i]];
            }
            parameters.add(values);
        }
        Sql.batch(connection, updateSql(where), parameters);
    }

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private String updateSql(List<String> where) {
        List<String> sets = new ArrayList<>();
        for (String column : update) {
            sets.add(keepWhenNull.contains(column) ? column + " = COALESCE(?, " + column + ")" : column + " = ?");
        }
        List<String> conditions = new ArrayList<>();
        for (String column : where) {
            conditions.add(column + " = ?");
        }
        return "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", conditions);
    }

    private Map<List<Object>, List<Object[]>> byFixedKey(List<Object[]> rows) {
        int[] fixed = indexes(fixedKey);
        Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object[] values = new Object[fixed.length];
            for (int i = 0; i < fixed.length; i++) {
                values[i] = row[fixed[i]];
            }
            groups.computeIfAbsent(Arrays.asList(values), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private int[] indexes(List<String> names) {
        int[] indexes = new int[names.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = columns.indexOf(names.get(i));
        }
        return indexes;
    }

    /** The columns minus some: the usual update list is every column but the key and first_seen. */
    static List<String> except(List<String> columns, String... left) {
        List<String> kept = new ArrayList<>(columns);
        kept.removeAll(List.of(left));
        return kept;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
