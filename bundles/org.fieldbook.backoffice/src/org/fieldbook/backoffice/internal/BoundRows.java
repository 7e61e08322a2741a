package org.fieldbook.backoffice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;

/**
 * The rows a write points its lookups at. Row access follows lookups (a booking gives its technician the work
 * order it names), so a writer may point a lookup only at a row they can read already: else naming another
 * technician's work order in their own booking would hand it to them. Checked before the row is written, in
 * its transaction, so that earlier writes of a change set count (a work order created by {@code $1}).
 */
final class BoundRows {

    private BoundRows() {
    }

    /** @return the row's column values by Dataverse name, lookups as the keys they point at; empty for no row */
    static Map<String, Object> values(TableMapping table, Record row) {
        Map<String, Object> values = new HashMap<>();
        if (row != null) {
            for (ColumnMapping column : table.columns()) {
                Object value = row.eGet(column.feature());
                values.put(column.dataverseName(), value instanceof Record target ? target.getId() : value);
            }
        }
        return values;
    }

    /**
     * Requires that each lookup the write sets to a new row points at one that exists and that the writer reads.
     *
     * @param before the values of the row before the write ({@link #values}), empty for a new row
     * @throws OutOfReach when the writer cannot read a row a lookup now points at
     * @throws MissingTarget when there is no such row
     */
    static void requireReadable(Connection connection, RecordTables tables, TableMapping table, Map<String, Object> before,
            Record row, RowAccess access) throws SQLException {
        for (ColumnMapping column : table.columns()) {
            if (!(row.eGet(column.feature()) instanceof Record target)
                    || Objects.equals(before.get(column.dataverseName()), target.getId())) {
                continue;
            }
            TableMapping targetTable = tables.of(((EReference) column.feature()).getEReferenceType());
            SqlFilter scope = access.rows(targetTable);
            if (!BackOfficeDatabase.holds(connection, targetTable, target.getId(), scope)) {
                if (scope != null && BackOfficeDatabase.holds(connection, targetTable, target.getId(), null)) {
                    throw new OutOfReach();
                }
                throw new MissingTarget(targetTable.logicalName(), target.getId(), column.dataverseName());
            }
        }
    }
}
