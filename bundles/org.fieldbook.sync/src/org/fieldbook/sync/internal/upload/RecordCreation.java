package org.fieldbook.sync.internal.upload;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;

/** The create of a record the device reports about itself (a sync error, a sync summary), as an outbox entry to write. */
final class RecordCreation {

    private RecordCreation() {
    }

    /**
     * @return a create with the values of the columns the record's own class declares; the columns every record
     *         has (versions, times) are the server's to set
     */
    static OutboxEntry of(DataverseTable table, Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (DataverseColumn column : table.columns()) {
            Object value = record.eGet(column.attribute());
            if (column.attribute().getEContainingClass() == record.eClass() && value != null) {
                fields.put(column.name(), FieldText.of(column.attribute(), value));
            }
        }
        return new OutboxEntry(0, table.logicalName(), record.getId(), Operation.CREATE, fields, null, Map.of(), null);
    }
}
