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
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.StoreException;

/**
 * The words of each work order's number and address (FB_WORK_ORDER_WORD) and of each account's name
 * (FB_ACCOUNT_WORD, see {@link AccountWords}), so a search is a prefix range of an index instead of a scan
 * of every work order; a work order is found by its account's words through its account. Kept up to date in
 * the same transaction as every write of a work order or an account.
 */
final class WorkOrderSearchIndex {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int LONGEST_WORD = 64;
    /** Up to this many candidates, further words are checked per candidate rather than as index ranges. */
    private static final int FEW_CANDIDATES = 500;
    /** The texts a work order is found by, of every work order ({@code W}). */
    private static final String WORK_ORDER_TEXTS = "SELECT ID, MSDYN_NAME, MSDYN_SYSTEMSTATUS, MSDYN_ADDRESS1, MSDYN_CITY,"
            + " MSDYN_POSTALCODE FROM MSDYN_WORKORDER W";
    /** Rows indexed at a time after a bulk load. */
    private static final int LOADED_CHUNK = 500;

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

    /** Re-indexes written work orders or accounts. */
    void written(Connection connection, TableMapping table, List<? extends Record> rows) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            WorkOrderWords.store(connection, rows.stream().map(WorkOrder.class::cast).map(WorkOrderSearchIndex::entry).toList());
        } else if (table.eClass() == FieldbookPackage.Literals.ACCOUNT) {
            AccountWords.store(connection, rows.stream().map(Account.class::cast).toList());
        }
    }

    /**
     * Indexes the work orders or accounts just loaded in bulk: those without words yet, read back from their table in
     * chunks, so a load of any size is indexed in little memory and its words written after its rows. Rows that have
     * no words are read again after a later load of the same table, which costs little and writes nothing. Into an
     * empty work-order index the words go in bulk too, in one statement, its B-trees built by sorting after them.
     */
    void loaded(Connection connection, TableMapping table) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER && !exists(connection, "SELECT 1 FROM FB_WORK_ORDER_WORD")) {
            WorkOrderWords.loadAll(connection, WORK_ORDER_TEXTS, WorkOrderSearchIndex::entry);
        } else if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            inChunks(connection, WORK_ORDER_TEXTS
                    + " WHERE NOT EXISTS (SELECT 1 FROM FB_WORK_ORDER_WORD X WHERE X.WORK_ORDER_ID = W.ID)",
                    WorkOrderSearchIndex::entry, chunk -> WorkOrderWords.store(connection, chunk));
        } else if (table.eClass() == FieldbookPackage.Literals.ACCOUNT) {
            inChunks(connection, "SELECT ID, NAME FROM ACCOUNT A"
                    + " WHERE NOT EXISTS (SELECT 1 FROM FB_ACCOUNT_WORD X WHERE X.ACCOUNT_ID = A.ID)",
                    WorkOrderSearchIndex::account, chunk -> AccountWords.store(connection, chunk));
        }
    }

    /** Reads one row of a query into what an index stores. */
    @FunctionalInterface
    private interface RowTo<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Writes a chunk of index entries. */
    @FunctionalInterface
    private interface ChunkWriter<T> {
        void write(List<T> chunk) throws SQLException;
    }

    private static <T> void inChunks(Connection connection, String query, RowTo<T> reader, ChunkWriter<T> writer)
            throws SQLException {
        List<T> chunk = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                chunk.add(reader.read(rows));
                if (chunk.size() == LOADED_CHUNK) {
                    writer.write(chunk);
                    chunk = new ArrayList<>();
                }
            }
        }
        writer.write(chunk);
    }

    private static WorkOrderWords.Entry entry(ResultSet row) throws SQLException {
        int status = row.getInt(3);
        return entry(row.getString(1), row.getString(2), row.wasNull() ? null : status, row.getString(4), row.getString(5),
                row.getString(6));
    }

    private static Account account(ResultSet row) throws SQLException {
        Account account = FieldbookFactory.eINSTANCE.createAccount();
        account.setId(row.getString(1));
        account.setName(row.getString(2));
        return account;
    }

    /**
     * Moves a database migrated to schema 5 to the split index: account-name words out of the work orders'
     * rows into FB_ACCOUNT_WORD. Runs when named accounts are stored but none has words, which is only so
     * after that migration (also when a crash came between it and this), or when no name has a letter or digit.
     */
    static void splitAfterMigration(Connection connection) throws SQLException {
        if (!exists(connection, "SELECT 1 FROM ACCOUNT WHERE NAME IS NOT NULL") || exists(connection, "SELECT 1 FROM FB_ACCOUNT_WORD")) {
            return;
        }
        List<WorkOrderWords.Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(WORK_ORDER_TEXTS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        WorkOrderWords.store(connection, entries); // drops the account words they held
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, NAME FROM ACCOUNT");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                accounts.add(account(rows));
            }
        }
        AccountWords.store(connection, accounts);
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query + " FETCH FIRST ROW ONLY");
                ResultSet rows = statement.executeQuery()) {
            return rows.next();
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

    /** Work orders with a word of their own beginning with {@code word}, and those of accounts with one. */
    private static Map<String, Match> range(Connection connection, String word) throws SQLException {
        Map<String, Match> found = new HashMap<>();
        collect(connection, "SELECT WORK_ORDER_ID, NUMBER, STATUS FROM FB_WORK_ORDER_WORD WHERE WORD >= ? AND WORD < ?", word, found);
        collect(connection, ACCOUNTS_WORK_ORDERS, word, found);
        return found;
    }

    /**
     * The work orders of the accounts having a word in a range: the account words' range first, then each
     * account's work orders through their index (fixed, so a plan made while the tables were small stays right).
     */
    static final String ACCOUNTS_WORK_ORDERS = "SELECT W.ID, W.MSDYN_NAME, W.MSDYN_SYSTEMSTATUS"
            + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n FB_ACCOUNT_WORD A,"
            + " MSDYN_WORKORDER W --DERBY-PROPERTIES index=MSDYN_WORKORDER_3, joinStrategy=NESTEDLOOP\n"
            + " WHERE A.WORD >= ? AND A.WORD < ? AND W.MSDYN_SERVICEACCOUNT_VALUE = A.ACCOUNT_ID";

    private static void collect(Connection connection, String sql, String word, Map<String, Match> found) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, word);
            query.setString(2, word + Character.MAX_VALUE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Match(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
    }

    private static boolean hasWordStarting(Connection connection, String workOrderId, String prefix) {
        return exists(connection, "SELECT 1 FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ? AND WORD >= ? AND WORD < ?",
                workOrderId, prefix)
                || exists(connection, "SELECT 1 FROM MSDYN_WORKORDER W, FB_ACCOUNT_WORD A WHERE W.ID = ?"
                        + " AND A.ACCOUNT_ID = W.MSDYN_SERVICEACCOUNT_VALUE AND A.WORD >= ? AND A.WORD < ?", workOrderId, prefix);
    }

    private static boolean exists(Connection connection, String sql, String workOrderId, String prefix) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
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

    /** Forgets deleted work orders and accounts. */
    void deleted(Connection connection, TableMapping table, Collection<String> ids) throws SQLException {
        if (table.eClass() == FieldbookPackage.Literals.WORK_ORDER) {
            WorkOrderWords.forget(connection, List.copyOf(ids));
        } else if (table.eClass() == FieldbookPackage.Literals.ACCOUNT) {
            AccountWords.forget(connection, ids);
        }
    }

    private static WorkOrderWords.Entry entry(WorkOrder workOrder) {
        WorkOrderSystemStatus status = workOrder.getSystemStatus();
        return entry(workOrder.getId(), workOrder.getNumber(), status == null ? null : status.getValue(), workOrder.getAddress1(),
                workOrder.getCity(), workOrder.getPostalCode());
    }

    /** One place decides which of a work order's own texts it is found by. */
    private static WorkOrderWords.Entry entry(String id, String number, Integer status, String address1, String city,
            String postalCode) {
        return new WorkOrderWords.Entry(id, number, status, words(number, address1, city, postalCode));
    }
}
