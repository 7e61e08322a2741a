package org.fieldbook.store;

import java.time.Instant;
import java.util.Map;

/**
 * One queued edit. Values are written as the Web API writes them (text; lookups as keys).
 *
 * @param sequence the order of the edit
 * @param table the table's logical name
 * @param recordId the record's key
 * @param operation create, update or delete
 * @param changedFields Dataverse column to new value; for a create, every set field
 * @param baseETag the server version the edit was based on, {@code W/"n"}; null for a record the server
 *        has not seen
 * @param baseValues Dataverse column to the value it had before the technician changed it
 * @param createdAt when the edit was made
 */
public record OutboxEntry(long sequence, String table, String recordId, Operation operation,
        Map<String, String> changedFields, String baseETag, Map<String, String> baseValues, Instant createdAt) {

    /** What an edit does to its record. */
    public enum Operation {
        CREATE, UPDATE, DELETE
    }
}
