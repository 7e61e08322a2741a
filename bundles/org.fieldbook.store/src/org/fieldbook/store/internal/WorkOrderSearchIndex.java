package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.StoreException;

/**
 * The words of each work order's number, account name and address (FB_WORK_ORDER_WORD), so a search
 * is a prefix range of an index instead of a scan of every work order. Kept up to date in the same
 * transaction as every write of a work order or an account.
 */
final class WorkOrderSearchIndex {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int LONGEST_WORD = 64;
    /** Up to this many candidates, further words are checked per candidate rather than as index ranges. */
    private static final int FEW_CANDIDATES = 500;

    private final TableMapping workOrders;

    WorkOrderSearchIndex(StoreSchema schema) {
        this.workOrders = schema.table(FieldbookPackage.Literals.WORK_ORDER);
    }

    /** @return the words of {@code texts}: lower case, split at everything but letters and digits */
    static Set<String> words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                        .filter(word -> !word.isEmpty())
                        .map(word -> word.length() > LONGEST_WORD ? word.substring(0, LONGEST_WORD) : word)
                        .forEach(words::add);
            }
        }
        return words;
    }

    /** Re-indexes what a write of these rows changes: the work orders themselves, or those of the accounts. */
    void written(Connection connection, TableMapping table, List<? extends Record> rows) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            index(connection, rows.stream().map(WorkOrder.class::cast).toList());
        } else if (table.eClass() == FieldbookPackage.Literals.ACCOUNT) {
            for (Record account : rows) {
                index(connection, workOrdersOf(connection, account.getId()));
            }
        }
    }

    /** A work order found by words: enough to order and filter a search before reading its row. */
    record Match(String id, String number, int status) {
    }

    /**
     * @return the work orders having, for every word of {@code text}, a word that begins with it. The
     *         longest (usually rarest) word is a range of the index; the others are checked against the few
     *         candidates' own words, or as ranges too while candidates are many.
     */
    Map<String, Match> find(Connection connection, String text) throws SQLException {
        List<String> searched = words(text).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (searched.isEmpty()) {
            return Map.of();
        }
        Map<String, Match> matches = range(connection, searched.get(0));
        for (String word : searched.subList(1, searched.size())) {
            if (matches.size() <= FEW_CANDIDATES) {
                matches.keySet().removeIf(id -> !hasWordStarting(connection, id, word));
            } else {
                matches.keySet().retainAll(range(connection, word).keySet());
            }
        }
        return matches;
    }

    private static Map<String, Match> range(Connection connection, String word) throws SQLException {
        Map<String, Match> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT WORK_ORDER_ID, NUMBER, STATUS FROM FB_WORK_ORDER_WORD WHERE WORD >= ? AND WORD < ?")) {
            query.setString(1, word);
            query.setString(2, word + Character.MAX_VALUE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Match(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return found;
    }

    private static boolean hasWordStarting(Connection connection, String workOrderId, String prefix) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ? AND WORD >= ? AND WORD < ?")) {
            query.setString(1, workOrderId);
            query.setString(2, prefix);
            query.setString(3, prefix + Character.MAX_VALUE);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot search work orders: " + e.getMessage(), e);
        }
    }

    /** Forgets deleted work orders. */
    void deleted(Connection connection, TableMapping table, Collection<String> ids) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            forget(connection, ids);
        }
    }

    private static void index(Connection connection, List<WorkOrder> workOrders) throws SQLException {
        if (workOrders.isEmpty()) {
            return;
        }
        forget(connection, workOrders.stream().map(WorkOrder::getId).toList());
        Map<String, String> accountNames = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_WORK_ORDER_WORD (WORD, WORK_ORDER_ID, NUMBER, STATUS) VALUES (?, ?, ?, ?)")) {
            for (WorkOrder workOrder : workOrders) {
                String account = accountName(connection, workOrder.getServiceAccount(), accountNames);
                for (String word : words(workOrder.getNumber(), account, workOrder.getAddress1(), workOrder.getCity(),
                        workOrder.getPostalCode())) {
                    insert.setString(1, word);
                    insert.setString(2, workOrder.getId());
                    insert.setString(3, workOrder.getNumber());
                    insert.setInt(4, workOrder.getSystemStatus().getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void forget(Connection connection, Collection<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** The account's stored name; the reference itself may be a key-only stand-in. */
    private static String accountName(Connection connection, Account account, Map<String, String> known) throws SQLException {
        if (account == null) {
            return null;
        }
        if (!known.containsKey(account.getId())) {
            try (PreparedStatement query = connection.prepareStatement("SELECT NAME FROM ACCOUNT WHERE ID = ?")) {
                query.setString(1, account.getId());
                try (ResultSet row = query.executeQuery()) {
                    known.put(account.getId(), row.next() ? row.getString(1) : account.getName());
                }
            }
        }
        return known.get(account.getId());
    }

    private List<WorkOrder> workOrdersOf(Connection connection, String accountId) throws SQLException {
        return JdbcRecords.select(connection, workOrders, "WHERE MSDYN_SERVICEACCOUNT_VALUE = ?", accountId).stream()
                .map(WorkOrder.class::cast).toList();
    }
}
