package org.fieldbook.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.model.Record;

/**
 * Streams rows into a table with one {@code INSERT … SELECT} from the table function {@code FB_BULK_ROWS} (declared
 * by the store's migration {@code 009-bulk-rows.sql}, one column per {@link BulkSlots slot}). Because its source is a table function, Derby
 * inserts into an empty table in its bulk mode (DERBY-4789): the rows go straight into a new heap and each index is
 * built by one sort after them, instead of row by row, in the caller's transaction and in the database's encrypted
 * containers like any other write. Into a table that holds rows it is an ordinary insert.
 * <p>
 * Derby calls a table function through a static method with SQL arguments only, so a running insert is found by a
 * number, in a map that holds it only while its statement runs.
 */
public final class BulkRows {

    private static final Map<Integer, BulkRowSet> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_LOAD = new AtomicInteger();

    /** The function's column of the row's key, {@code R.ID}. */
    public static final int KEY = BulkSlots.KEY_COLUMN;

    private BulkRows() {
    }

    /** @return the function's column of text slot {@code R.V<n>} */
    public static int text(int n) {
        return BulkSlots.Kind.TEXT.functionColumn(n);
    }

    /** @return the function's column of integer slot {@code R.I<n>} */
    public static int integer(int n) {
        return BulkSlots.Kind.INTEGER.functionColumn(n);
    }

    /** @return an empty row of values for {@link #insert(Connection, String, Iterator)} */
    public static Object[] row() {
        return new Object[BulkSlots.COLUMNS + 1];
    }

    /**
     * Inserts the rows {@code rows} gives, in the caller's transaction. The iterator may block while it waits for
     * rows; a runtime exception it throws ends the statement and is thrown here as it was.
     *
     * @return rows inserted
     * @throws SQLException when Derby refuses a row (a key already there, a value its column cannot hold)
     */
    public static int insert(Connection connection, TableMapping mapping, Iterator<? extends Record> rows) throws SQLException {
        BulkSlots slots = BulkSlots.of(mapping);
        return insert(connection, slots.insertSql(), new Iterator<Object[]>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Object[] next() {
                return slots.values(rows.next());
            }
        });
    }

    /**
     * Inserts rows into a table that keeps no records (an index of the store's own), as {@link #insert(Connection,
     * TableMapping, Iterator)} does.
     *
     * @param insertSql an {@code INSERT … SELECT} of the columns of {@code TABLE(FB_BULK_ROWS(?)) R}: {@code R.ID},
     *        {@code R.V1}… for texts, {@code R.I1}… for integers
     * @param rows each row's values by the function's column number: {@link #KEY}, {@link #text(int)},
     *        {@link #integer(int)}
     */
    public static int insert(Connection connection, String insertSql, Iterator<Object[]> rows) throws SQLException {
        BulkRowSet rowSet = new BulkRowSet(rows);
        int load = NEXT_LOAD.incrementAndGet();
        RUNNING.put(load, rowSet);
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        // Derby looks up a function's class through the thread's context class loader: in OSGi it must see this bundle.
        thread.setContextClassLoader(BulkRows.class.getClassLoader());
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            insert.setInt(1, load);
            return insert.executeUpdate();
        } catch (SQLException e) {
            RuntimeException fromRows = rowSet.failure();
            if (fromRows != null) {
                fromRows.addSuppressed(e);
                throw fromRows;
            }
            throw e;
        } finally {
            RUNNING.remove(load);
            thread.setContextClassLoader(context);
        }
    }

    /** The table function {@code FB_BULK_ROWS}, called by Derby: the rows of the running insert {@code load}. */
    public static ResultSet read(int load) throws SQLException {
        BulkRowSet rows = RUNNING.get(load);
        if (rows == null) {
            throw new SQLException("FB_BULK_ROWS(" + load + ") is not a running bulk insert");
        }
        return rows;
    }
}
