package org.fieldbook.sync.internal.upload;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseField;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FieldText;

/** A server row's values as the outbox writes them, for the columns a conflict is about. */
final class ServerValues {

    private ServerValues() {
    }

    /** @param columns the Dataverse columns wanted; empty for all */
    static Map<String, String> of(DataverseTable table, Record row, Collection<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DataverseField field : table.fields()) {
            if (columns.isEmpty() || columns.contains(field.name())) {
                values.put(field.name(), FieldText.of(row, field));
            }
        }
        return values;
    }
}
