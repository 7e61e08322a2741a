package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.fieldbook.model.WorkOrderSystemStatus;
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

    /**
     * Re-indexes what a write of these rows changes: the work orders themselves, or those of the accounts
     * (only their account-name words change, so only those rows are written).
     */
    void written(Connection connection, TableMapping table, List<? extends Record> rows) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            WorkOrderWords.store(connection, entries(connection, rows.stream().map(WorkOrder.class::cast).toList()));
        } else if (table.eClass() == FieldbookPackage.Literals.ACCOUNT) {
            WorkOrderWords.store(connection, entriesOfAccounts(connection, rows.stream().map(Account.class::cast).toList()));
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
            WorkOrderWords.forget(connection, List.copyOf(ids));
        }
    }

    /** The index entries of written work orders, with the names of their accounts as stored (one lookup per account). */
    private static List<WorkOrderWords.Entry> entries(Connection connection, List<WorkOrder> workOrders) throws SQLException {
        if (workOrders.isEmpty()) {
            return List.of();
        }
        Map<String, String> accountNames = new HashMap<>();
        List<WorkOrderWords.Entry> entries = new ArrayList<>(workOrders.size());
        try (PreparedStatement query = connection.prepareStatement("SELECT NAME FROM ACCOUNT WHERE ID = ?")) {
            for (WorkOrder workOrder : workOrders) {
                WorkOrderSystemStatus status = workOrder.getSystemStatus();
                entries.add(entry(workOrder.getId(), workOrder.getNumber(), status == null ? null : status.getValue(),
                        accountName(query, workOrder.getServiceAccount(), accountNames), workOrder.getAddress1(),
                        workOrder.getCity(), workOrder.getPostalCode()));
            }
        }
        return entries;
    }

    /** The account's stored name; the reference itself may be a key-only stand-in. */
    private static String accountName(PreparedStatement query, Account account, Map<String, String> known) throws SQLException {
        if (account == null) {
            return null;
        }
        if (!known.containsKey(account.getId())) {
            query.setString(1, account.getId());
            try (ResultSet row = query.executeQuery()) {
                known.put(account.getId(), row.next() ? row.getString(1) : account.getName());
            }
        }
        return known.get(account.getId());
    }

    /**
     * The index entries of the work orders of written accounts, read as the few columns the words come from
     * rather than as whole records.
     */
    private static List<WorkOrderWords.Entry> entriesOfAccounts(Connection connection, List<Account> accounts) throws SQLException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<WorkOrderWords.Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, MSDYN_NAME, MSDYN_SYSTEMSTATUS, MSDYN_ADDRESS1,"
                + " MSDYN_CITY, MSDYN_POSTALCODE FROM MSDYN_WORKORDER WHERE MSDYN_SERVICEACCOUNT_VALUE = ?")) {
            for (Account account : accounts) {
                query.setString(1, account.getId());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int status = rows.getInt(3);
                        entries.add(entry(rows.getString(1), rows.getString(2), rows.wasNull() ? null : status,
                                account.getName(), rows.getString(4), rows.getString(5), rows.getString(6)));
                    }
                }
            }
        }
        return entries;
    }

    /** One place decides which texts a work order is found by. */
    private static WorkOrderWords.Entry entry(String id, String number, Integer status, String accountName, String address1,
            String city, String postalCode) {
        return new WorkOrderWords.Entry(id, number, status, words(number, accountName, address1, city, postalCode));
    }
}
