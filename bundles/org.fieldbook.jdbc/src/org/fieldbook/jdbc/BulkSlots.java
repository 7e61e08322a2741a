package org.fieldbook.jdbc;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.fieldbook.model.Record;

/**
 * Where each column of a table travels in the table function {@code FB_BULK_ROWS}: one function serves every
 * table, so it has a row key and a fixed number of value slots of each kind, and a table's columns take the slots
 * of their kind in order. Instants travel as UTC text cast to {@code TIMESTAMP} by the insert, because Derby
 * reads a function's {@code TIMESTAMP} in the JVM's time zone, which has gaps at summer time.
 */
final class BulkSlots {

    /** A kind of value, the prefix of its slots' names and how many the function has (the store's migration {@code 009-bulk-rows.sql}). */
    enum Kind {
        TEXT("V", 32), INTEGER("I", 12), BIGINT("L", 4), DOUBLE("D", 6), BOOLEAN("F", 6), TIMESTAMP("T", 12);

        final String prefix;
        final int slots;

        Kind(String prefix, int slots) {
            this.prefix = prefix;
            this.slots = slots;
        }

        static Kind of(ColumnMapping column) {
            if (column.feature() instanceof EReference) {
                return TEXT;
            }
            return switch (JdbcValues.sqlType(((EAttribute) column.feature()).getEAttributeType())) {
            case Types.INTEGER -> INTEGER;
            case Types.BIGINT -> BIGINT;
            case Types.DOUBLE -> DOUBLE;
            case Types.BOOLEAN -> BOOLEAN;
            case Types.TIMESTAMP -> TIMESTAMP;
            default -> TEXT;
            };
        }

        /** @return the function's column number (from 1, after the key) of this kind's slot {@code n} (from 1) */
        int functionColumn(int n) {
            int before = 1;
            for (Kind kind : values()) {
                if (kind == this) {
                    return before + n;
                }
                before += kind.slots;
            }
            throw new IllegalStateException();
        }
    }

    /** The function's column of the row key. */
    static final int KEY_COLUMN = 1;
    /** How many columns the function has. */
    static final int COLUMNS = 1 + List.of(Kind.values()).stream().mapToInt(kind -> kind.slots).sum();

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS")
            .withZone(ZoneOffset.UTC);

    private final TableMapping mapping;
    private final Kind[] kinds;
    private final int[] functionColumns;
    private final String insertSql;

    private BulkSlots(TableMapping mapping, Kind[] kinds, int[] functionColumns, String insertSql) {
        this.mapping = mapping;
        this.kinds = kinds;
        this.functionColumns = functionColumns;
        this.insertSql = insertSql;
    }

    /** @throws IllegalArgumentException when the table has more columns of a kind than the function has slots */
    static BulkSlots of(TableMapping mapping) {
        List<ColumnMapping> columns = mapping.columns();
        Kind[] kinds = new Kind[columns.size()];
        int[] functionColumns = new int[columns.size()];
        Map<Kind, Integer> taken = new EnumMap<>(Kind.class);
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Kind kind = Kind.of(columns.get(i));
            int n = taken.merge(kind, 1, Integer::sum);
            if (n > kind.slots) {
                throw new IllegalArgumentException(mapping.sqlTable() + " has more than " + kind.slots + " columns of kind " + kind
                        + ": FB_BULK_ROWS needs more slots (a store migration)");
            }
            kinds[i] = kind;
            functionColumns[i] = kind.functionColumn(n);
            String slot = "R." + kind.prefix + n;
            selected.add(kind == Kind.TIMESTAMP ? "CAST(" + slot + " AS TIMESTAMP)" : slot);
        }
        String insert = "INSERT INTO " + mapping.sqlTable() + " ("
                + columns.stream().map(ColumnMapping::sqlName).collect(Collectors.joining(", ")) + ", ID) SELECT "
                + String.join(", ", selected) + ", R.ID FROM TABLE(FB_BULK_ROWS(?)) R";
        return new BulkSlots(mapping, kinds, functionColumns, insert);
    }

    /** @return the record's values by the function's column number, as the store writes them */
    Object[] values(Record row) {
        Object[] values = new Object[COLUMNS + 1];
        values[KEY_COLUMN] = row.getId();
        List<ColumnMapping> columns = mapping.columns();
        for (int i = 0; i < columns.size(); i++) {
            values[functionColumns[i]] = value(row.eGet(columns.get(i).feature()));
        }
        return values;
    }

    /** Lookups as the target's key, choices as their option value, instants as UTC text. */
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

    String insertSql() {
        return insertSql;
    }

    /** @return the kind of the table's column {@code i} (from 0, in {@link TableMapping#columns()} order) */
    Kind kind(int i) {
        return kinds[i];
    }

    /** @return the function's column (from 1) that carries the table's column {@code i} (from 0) */
    int functionColumn(int i) {
        return functionColumns[i];
    }
}
