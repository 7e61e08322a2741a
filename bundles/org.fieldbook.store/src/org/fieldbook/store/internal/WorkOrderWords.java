package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.jdbc.BulkRows;
import org.fieldbook.store.StoreException;

/**
 * Brings the rows of FB_WORK_ORDER_WORD of some work orders to what they should be, writing only the
 * difference. Every word row costs a heap row and two index entries, so rows that are already right are
 * left alone: a page applied again (a resumed download, an unchanged delta) or a work order edited outside
 * its number, status and address writes none. Statements are prepared once per call and probe by key, so
 * their plans do not depend on the table's size when they were compiled.
 */
final class WorkOrderWords {

    /**
     * What the index should hold of one work order.
     *
     * @param number and {@code status} are repeated on every word row, so a search needs no other table
     */
    record Entry(String id, String number, Integer status, Set<String> words) {
    }

    private WorkOrderWords() {
    }

    static void store(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement existing = connection.prepareStatement(
                "SELECT WORD, NUMBER, STATUS FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ?");
                PreparedStatement deleteAll = connection.prepareStatement("DELETE FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ?");
                PreparedStatement deleteWord = connection.prepareStatement(
                        "DELETE FROM FB_WORK_ORDER_WORD WHERE WORD = ? AND WORK_ORDER_ID = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO FB_WORK_ORDER_WORD (WORD, WORK_ORDER_ID, NUMBER, STATUS) VALUES (?, ?, ?, ?)")) {
            Batch deletes = new Batch();
            Batch inserts = new Batch();
            Batch wordDeletes = new Batch();
            for (Entry entry : entries) {
                Set<String> stored = new HashSet<>();
                boolean sameLabel = read(existing, entry, stored);
                if (!sameLabel) {
                    // The number or status changed: it is on every row, so every row is written again.
                    deleteAll.setString(1, entry.id());
                    deletes.add(deleteAll);
                    stored.clear();
                }
                for (String word : stored) {
                    if (!entry.words().contains(word)) {
                        deleteWord.setString(1, word);
                        deleteWord.setString(2, entry.id());
                        wordDeletes.add(deleteWord);
                    }
                }
                for (String word : entry.words()) {
                    if (!stored.contains(word)) {
                        bindInsert(insert, entry, word);
                        inserts.add(insert);
                    }
                }
            }
            // Deletes first: a row deleted with all of its work order's may be inserted again.
            deletes.execute(deleteAll);
            wordDeletes.execute(deleteWord);
            inserts.execute(insert);
        }
    }

    /** Reads an entry from a row of a query. */
    @FunctionalInterface
    interface EntryReader {
        Entry read(ResultSet row) throws SQLException;
    }

    /**
     * Fills the empty index with the words of every work order {@code query} selects, in one bulk insert: Derby
     * reads the work orders while it writes their words, and builds the index's B-trees by sorting after them.
     */
    static void loadAll(Connection connection, String query, EntryReader reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query); ResultSet rows = select.executeQuery()) {
            BulkRows.insert(connection, "INSERT INTO FB_WORK_ORDER_WORD (WORD, WORK_ORDER_ID, NUMBER, STATUS)"
                    + " SELECT R.V1, R.ID, R.V2, R.I1 FROM TABLE(FB_BULK_ROWS(?)) R", new WordRows(rows, reader));
        }
    }

    /** The word rows of work orders read from a query, one per work order and word. */
    private static final class WordRows implements Iterator<Object[]> {

        private final ResultSet rows;
        private final EntryReader reader;
        private Entry entry;
        private Iterator<String> words = Collections.emptyIterator();

        WordRows(ResultSet rows, EntryReader reader) {
            this.rows = rows;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            try {
                while (!words.hasNext() && rows.next()) {
                    entry = reader.read(rows);
                    words = entry.words().iterator();
                }
                return words.hasNext();
            } catch (SQLException e) {
                throw new StoreException("Cannot index the work orders just loaded: " + e.getMessage(), e);
            }
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] row = BulkRows.row();
            row[BulkRows.KEY] = entry.id();
            row[BulkRows.text(1)] = words.next();
            row[BulkRows.text(2)] = entry.number();
            row[BulkRows.integer(1)] = entry.status();
            return row;
        }
    }

    /** Forgets these work orders' words. */
    static void forget(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_WORK_ORDER_WORD WHERE WORK_ORDER_ID = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /**
     * Reads the stored words of the entry's work order into {@code words}.
     *
     * @return whether every stored row has the entry's number and status (true when none is stored)
     */
    private static boolean read(PreparedStatement existing, Entry entry, Set<String> words) throws SQLException {
        boolean sameLabel = true;
        existing.setString(1, entry.id());
        try (ResultSet rows = existing.executeQuery()) {
            while (rows.next()) {
                words.add(rows.getString(1));
                int status = rows.getInt(3);
                Integer stored = rows.wasNull() ? null : status;
                sameLabel &= Objects.equals(rows.getString(2), entry.number()) && Objects.equals(stored, entry.status());
            }
        }
        return sameLabel;
    }

    private static void bindInsert(PreparedStatement insert, Entry entry, String word) throws SQLException {
        insert.setString(1, word);
        insert.setString(2, entry.id());
        insert.setString(3, entry.number());
        if (entry.status() == null) {
            insert.setNull(4, Types.INTEGER);
        } else {
            insert.setInt(4, entry.status());
        }
    }

    /** Counts what was added to a statement's batch, so an empty batch is not sent. */
    private static final class Batch {
        private int size;

        void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            size++;
        }

        void execute(PreparedStatement statement) throws SQLException {
            if (size > 0) {
                statement.executeBatch();
            }
        }
    }
}
