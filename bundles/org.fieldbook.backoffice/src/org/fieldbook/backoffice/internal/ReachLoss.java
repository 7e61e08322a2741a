package org.fieldbook.backoffice.internal;

import static org.fieldbook.jdbc.ColumnMapping.sqlName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;

/**
 * The rows a write takes out of technicians' reach, recorded in {@code FB_UNREACHED} for their deltas: a
 * technician's delta reports as removed exactly the rows they could read before such a write and cannot after
 * it. Reach follows lookups, so a write can take more than its own row: deleting or handing over a booking can
 * take its work order, the work order's incidents, tasks, products and services, and its account, contact and
 * asset. Who reaches those rows is read before the write and again after it, with {@link RowAccess}'s own
 * conditions evaluated for every technician at once.
 */
final class ReachLoss {

    private static final RowAccess ANY_TECHNICIAN = RowAccess.ofUserRow();
    /** Keys per {@code IN} list. */
    private static final int IN_LIST = 500;
    /** Per table, the columns its rows' reach follows: a change of any other column moves no reach. */
    private static final Map<String, Set<String>> REACH_COLUMNS = reachColumns();
    /** Per table, the tables whose rows' reach follows from its rows, with the SQL of their keys given an IN list of its keys. */
    private static final Map<String, Map<String, String>> DEPENDENTS = dependents();

    private final TableMapping table;
    private final String id;
    /** Per table, the technicians who reached each row the write may take out of reach, before it. */
    private final Map<TableMapping, Map<String, Set<String>>> before;

    private ReachLoss(TableMapping table, String id, Map<TableMapping, Map<String, Set<String>>> before) {
        this.table = table;
        this.id = id;
        this.before = before;
    }

    /**
     * @param before the row's values before a change, {@link BoundRows#values}
     * @param after its values after the change
     * @return whether the change can take rows out of someone's reach
     */
    static boolean moves(TableMapping table, Map<String, Object> before, Map<String, Object> after) {
        return REACH_COLUMNS.getOrDefault(table.logicalName(), Set.of()).stream()
                .anyMatch(column -> !Objects.equals(before.get(column), after.get(column)));
    }

    /** Reads, before a write deletes the row or changes a column its reach follows, who reaches what it may take away. */
    static ReachLoss before(Connection connection, RecordTables tables, TableMapping table, String id) throws SQLException {
        Map<TableMapping, Set<String>> rows = new LinkedHashMap<>();
        follow(connection, tables, rows, table, List.of(id));
        return new ReachLoss(table, id, reachers(connection, rows));
    }

    /**
     * Records, after the write, which technicians no longer reach the rows they reached before it: each row
     * under a version of its own, so that deltas can page through them.
     *
     * @param deletion the version of the write's deletion of its row, or 0 when it changed the row
     */
    void record(Connection connection, Transactions transactions, long deletion) throws SQLException {
        Map<TableMapping, Set<String>> reached = new LinkedHashMap<>();
        before.forEach((rowTable, rows) -> reached.put(rowTable, rows.keySet()));
        Map<TableMapping, Map<String, Set<String>>> after = reachers(connection, reached);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_UNREACHED (USERNAME, TABLE_NAME, VERSIONNUMBER, ID, DELETED) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<TableMapping, Map<String, Set<String>>> rows : before.entrySet()) {
                for (Map.Entry<String, Set<String>> row : rows.getValue().entrySet()) {
                    Set<String> lost = new HashSet<>(row.getValue());
                    lost.removeAll(after.getOrDefault(rows.getKey(), Map.of()).getOrDefault(row.getKey(), Set.of()));
                    if (lost.isEmpty()) {
                        continue;
                    }
                    boolean deleted = deletion != 0 && rows.getKey() == table && row.getKey().equals(id);
                    long version = deleted ? deletion : transactions.nextVersion(connection);
                    for (String user : lost) {
                        JdbcValues.bindAll(insert, List.of(user, rows.getKey().logicalName(), version, row.getKey(), deleted));
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** Adds the rows and, through {@link #DEPENDENTS}, the rows whose reach follows from them. */
    private static void follow(Connection connection, RecordTables tables, Map<TableMapping, Set<String>> rows, TableMapping table,
            Collection<String> ids) throws SQLException {
        Set<String> added = new LinkedHashSet<>(ids);
        added.removeIf(key -> key == null);
        if (added.isEmpty()) {
            return;
        }
        rows.computeIfAbsent(table, unused -> new LinkedHashSet<>()).addAll(added);
        for (Map.Entry<String, String> dependent : DEPENDENTS.getOrDefault(table.logicalName(), Map.of()).entrySet()) {
            List<String> keys = new ArrayList<>();
            query(connection, dependent.getValue(), added, List.of(), result -> keys.add(result.getString(1)));
            follow(connection, tables, rows, tables.of(dependent.getKey()), keys);
        }
    }

    /** @return per table, the technicians who reach each of the rows, by key (rows nobody reaches left out) */
    private static Map<TableMapping, Map<String, Set<String>>> reachers(Connection connection, Map<TableMapping, Set<String>> rows)
            throws SQLException {
        Map<TableMapping, Map<String, Set<String>>> reachers = new LinkedHashMap<>();
        for (Map.Entry<TableMapping, Set<String>> table : rows.entrySet()) {
            SqlFilter reach = ANY_TECHNICIAN.rows(table.getKey());
            if (reach == null) {
                continue; // a table everybody reads: its deletions are everybody's
            }
            Map<String, Set<String>> byRow = new HashMap<>();
            query(connection, reachersSql(table.getKey(), reach), table.getValue(), reach.parameters(), result -> byRow
                    .computeIfAbsent(result.getString(2), unused -> new HashSet<>()).add(result.getString(1)));
            reachers.put(table.getKey(), byRow);
        }
        return reachers;
    }

    /** @return the query of the technicians reaching rows of the table, with {@code %s} for the IN list of keys */
    static String reachersSql(TableMapping table, SqlFilter reach) {
        return "SELECT " + RowAccess.USER_ROW + ".USERNAME, " + table.sqlTable() + ".ID FROM " + table.sqlTable() + ", FB_USER "
                + RowAccess.USER_ROW + " WHERE " + table.sqlTable() + ".ID IN (%s) AND " + RowAccess.USER_ROW
                + ".ROLE = 'technician' AND " + reach.sql();
    }

    /** Runs {@code sql} for the keys in IN lists of up to {@value #IN_LIST}, the list's markers first, then {@code parameters}. */
    private static void query(Connection connection, String sql, Collection<String> keys, List<Object> parameters, RowHandler handler)
            throws SQLException {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Object> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_LIST)));
            try (PreparedStatement statement = connection.prepareStatement(sql.replace("%s", "?, ".repeat(chunk.size() - 1) + "?"))) {
                chunk.addAll(parameters);
                JdbcValues.bindAll(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        handler.handle(result);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static Map<String, Set<String>> reachColumns() {
        Map<String, Set<String>> columns = new HashMap<>();
        columns.put("bookableresource", Set.of("_userid_value"));
        columns.put("bookableresourcebooking", Set.of("_resource_value", "_msdyn_workorder_value"));
        columns.put("msdyn_workorder", Set.copyOf(RowAccess.WORK_ORDER_LOOKUPS.values()));
        RowAccess.WORK_ORDER_CHILDREN.forEach((child, lookup) -> columns.put(child, Set.of(lookup)));
        columns.put(RowAccess.TIME_ENTRIES, Set.of(RowAccess.TIME_ENTRY_BOOKING));
        return Map.copyOf(columns);
    }

    private static Map<String, Map<String, String>> dependents() {
        Map<String, String> ofWorkOrders = new HashMap<>();
        RowAccess.WORK_ORDER_CHILDREN.forEach((child, lookup) -> ofWorkOrders.put(child,
                "SELECT ID FROM " + child.toUpperCase(Locale.ROOT) + " WHERE " + sqlName(lookup) + " IN (%s)"));
        RowAccess.WORK_ORDER_LOOKUPS.forEach((target, lookup) -> ofWorkOrders.put(target,
                "SELECT " + sqlName(lookup) + " FROM MSDYN_WORKORDER WHERE ID IN (%s)"));
        return Map.of("bookableresource", Map.of("bookableresourcebooking",
                "SELECT ID FROM BOOKABLERESOURCEBOOKING WHERE " + sqlName("_resource_value") + " IN (%s)"),
                "bookableresourcebooking", Map.of("msdyn_workorder",
                        "SELECT " + sqlName("_msdyn_workorder_value") + " FROM BOOKABLERESOURCEBOOKING WHERE ID IN (%s)",
                        RowAccess.TIME_ENTRIES, "SELECT ID FROM MSDYN_TIMEENTRY WHERE " + sqlName(RowAccess.TIME_ENTRY_BOOKING) + " IN (%s)"),
                "msdyn_workorder", Map.copyOf(ofWorkOrders));
    }
}
