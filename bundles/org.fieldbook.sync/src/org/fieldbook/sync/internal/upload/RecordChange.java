package org.fieldbook.sync.internal.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.Uploads;

/**
 * One record's pending edits merged into the one request that sends them: their order is kept (a create then
 * updates is a create with the last values, updates then a delete a delete), so edits of one record are never
 * reordered, and later edits never meet a stale ETag their predecessors just replaced.
 *
 * @param fields Dataverse column to the value to send; empty for a delete
 * @param baseETag the server version the first edit was based on, null for a create
 * @param baseValues each changed column's value before the technician's first change
 * @param sequences the outbox entries this change sends
 */
record RecordChange(DataverseTable table, String recordId, Operation operation, Map<String, String> fields, String baseETag,
        Map<String, String> baseValues, List<Long> sequences) {

    /** @param entries one record's entries, oldest first */
    static RecordChange merge(DataverseTable table, List<OutboxEntry> entries) {
        OutboxEntry first = entries.get(0);
        Operation operation = first.operation();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> baseValues = new LinkedHashMap<>();
        List<Long> sequences = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            if (entry.operation() == Operation.DELETE) {
                operation = Operation.DELETE;
                fields.clear();
            } else {
                fields.putAll(entry.changedFields());
            }
            entry.baseValues().forEach(baseValues::putIfAbsent);
            sequences.add(entry.sequence());
        }
        return new RecordChange(table, first.recordId(), operation, fields, first.baseETag(), baseValues, List.copyOf(sequences));
    }

    /** @return the same values sent as another operation, e.g. a create the server already has as an update */
    RecordChange as(Operation other) {
        return new RecordChange(table, recordId, other, fields, baseETag, baseValues, sequences);
    }

    /** @return this change as the single outbox entry {@code RecordBodyWriter} writes a body for */
    OutboxEntry asEntry() {
        return new OutboxEntry(sequences.get(0), table.logicalName(), recordId, operation, fields, baseETag, baseValues, null);
    }

    /** @return the Dataverse name of what the device was doing: create, update or delete */
    String action() {
        return operation.name().toLowerCase(Locale.ROOT);
    }

    /** Tells the store that the server took this change and now holds the row at {@code version}. */
    void confirm(Uploads uploads, long version) {
        uploads.confirm(table.eClass(), recordId, sequences, version);
    }

    /** Tells the store that the server took this change over its newer {@code serverRow} and now holds it at {@code version}. */
    void confirmOver(Uploads uploads, Record serverRow, long version) {
        uploads.confirmOver(table.eClass(), recordId, sequences, serverRow, version);
    }

    /** @return the key and table as a technician reads them in messages */
    String describe() {
        return table.logicalName() + " " + recordId;
    }
}
