package org.fieldbook.sync.internal.upload;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.FieldText;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseTable;

/** A server row's values as the outbox writes them, for the columns a conflict is about. */
final class ServerValues {

    private ServerValues() {
    }

    /** @param columns the Dataverse columns wanted; empty for all */
    static Map<String, String> of(DataverseTable table, Record row, Collection<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ColumnMapping column : new TableMapping(table).columns()) {
            if (columns.isEmpty() || columns.contains(column.dataverseName())) {
                values.put(column.dataverseName(), FieldText.of(row, column));
            }
        }
        return values;
    }
}
