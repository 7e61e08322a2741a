package org.fieldbook.store;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/**
 * The technician's changes. Each is validated, then written together with its outbox entry in one
 * transaction: both happen or neither does.
 */
public interface LocalEdits {

    /**
     * Stores a new record; a missing key is chosen here (a random GUID), so the upload can be repeated
     * without creating it twice.
     *
     * @return the stored record, with its key
     * @throws InvalidRecordException when a field is invalid; nothing is written
     */
    <T extends Record> T create(T record);

    /**
     * Stores the record's changed fields. The outbox entry names them, with the values they had before the
     * technician first changed them since the last upload and the ETag the edit was based on.
     *
     * @return whether anything changed
     * @throws InvalidRecordException when a field is invalid; nothing is written
     * @throws StoreException when the record is not stored here
     */
    boolean update(Record edited);

    /** Deletes the record; one never uploaded is simply forgotten. */
    void delete(EClass table, String id);
}
