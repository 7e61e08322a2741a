package org.fieldbook.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.derby.vti.VTITemplate;
import org.eclipse.emf.common.util.Enumerator;
import org.fieldbook.model.Record;

/**
 * The rows of one running bulk insert as Derby reads a table function: one row at a time, each column by its
 * number, values as the store writes them (lookups as the target's key, choices as their option value, instants as
 * UTC text). Keeps the first failure of the iterator so the insert can throw it as it was.
 */
final class BulkRowSet extends VTITemplate {

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS")
            .withZone(ZoneOffset.UTC);

    private final BulkSlots slots;
    private final Iterator<? extends Record> rows;
    private final Object[] values = new Object[BulkSlots.COLUMNS + 1];
    private boolean wasNull;
    private volatile RuntimeException failure;

    BulkRowSet(BulkSlots slots, Iterator<? extends Record> rows) {
        this.slots = slots;
        this.rows = rows;
    }

    /** @return what the iterator threw, or null */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public boolean next() throws SQLException {
        Record row;
        try {
            if (!rows.hasNext()) {
                return false;
            }
            row = rows.next();
        } catch (RuntimeException e) {
            failure = e;
            throw new SQLException("The rows of a bulk insert failed: " + e.getMessage(), e);
        }
        Arrays.fill(values, null);
        values[BulkSlots.KEY_COLUMN] = row.getId();
        List<ColumnMapping> columns = slots.mapping().columns();
        for (int i = 0; i < columns.size(); i++) {
            values[slots.functionColumn(i)] = value(row.eGet(columns.get(i).feature()));
        }
        return true;
    }

    private static Object value(Object value) {
        if (value instanceof Record reference) {
            return reference.getId();
        } else if (value instanceof Instant instant) {
            return UTC_TEXT.format(instant);
        } else if (value instanceof Enumerator choice) {
            return choice.getValue();
        }
        return value;
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
