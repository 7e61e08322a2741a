package org.fieldbook.jdbc;

import java.sql.SQLException;
import java.util.Iterator;

import org.apache.derby.vti.VTITemplate;

/**
 * The rows of one running bulk insert as Derby reads a table function: one row at a time, each column by its
 * number. Keeps the first failure of the iterator so the insert can throw it as it was.
 */
final class BulkRowSet extends VTITemplate {

    private final Iterator<Object[]> rows;
    private Object[] values;
    private boolean wasNull;
    private volatile RuntimeException failure;

    /** @param rows each row's values by the function's column number (index 0 unused) */
    BulkRowSet(Iterator<Object[]> rows) {
        this.rows = rows;
    }

    /** @return what the iterator threw, or null */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public boolean next() throws SQLException {
        try {
            if (!rows.hasNext()) {
                return false;
            }
            values = rows.next();
            return true;
        } catch (RuntimeException e) {
            failure = e;
            throw new SQLException("The rows of a bulk insert failed: " + e.getMessage(), e);
        }
    }

    private Object column(int column) {
        Object value = values[column];
        wasNull = value == null;
        return value;
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    @Override
    public String getString(int column) {
        return (String) column(column);
    }

    @Override
    public int getInt(int column) {
        Object value = column(column);
        return value == null ? 0 : (Integer) value;
    }

    @Override
    public long getLong(int column) {
        Object value = column(column);
        return value == null ? 0 : (Long) value;
    }

    @Override
    public double getDouble(int column) {
        Object value = column(column);
        return value == null ? 0 : (Double) value;
    }

    @Override
    public boolean getBoolean(int column) {
        Object value = column(column);
        return value != null && (Boolean) value;
    }

    @Override
    public void close() {
        // the rows belong to the caller of the insert
    }
}
