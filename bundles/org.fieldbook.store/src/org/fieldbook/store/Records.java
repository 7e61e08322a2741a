package org.fieldbook.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/** Any stored record by table and key. */
public interface Records {

    /** @return the stored record of class {@code table} with key {@code id} */
    <T extends Record> Optional<T> find(EClass table, String id);

    /** @return whether edits of this record wait in the outbox */
    boolean hasPendingChanges(EClass table, String id);

    /** @return how many records of the table the device holds */
    int count(EClass table);

    /** @return the key and server version of every record of the table, to compare with the server's */
    Map<String, Long> versions(EClass table);

    /**
     * @param lookupColumn a lookup's Dataverse column, e.g. {@code _msdyn_workorder_value}
     * @return the distinct keys the table's records point at through that lookup
     */
    Set<String> referencedKeys(EClass table, String lookupColumn);

    /**
     * @param lookupColumn a lookup's Dataverse column of {@code table}
     * @return keys of up to {@code limit} records of the table that point at {@code key} through that lookup
     */
    List<String> referencing(EClass table, String lookupColumn, String key, int limit);

    /** @return the operations of the record's pending outbox entries, oldest first; empty when none wait */
    List<OutboxEntry.Operation> pendingOperations(EClass table, String id);
}
