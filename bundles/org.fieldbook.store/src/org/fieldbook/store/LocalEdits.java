package org.fieldbook.store;

import java.util.function.Consumer;

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
     * Stores the fields in which {@code edited} differs from the record as stored now. The outbox entry names
     * them, with the values they had before the technician first changed them since the last upload and the
     * ETag the edit was based on.
     *
     * @return whether anything changed
     * @throws InvalidRecordException when a field is invalid; nothing is written
     * @throws StoreException when the record is not stored here
     */
    boolean update(Record edited);

    /**
     * Stores the fields in which {@code edited} differs from {@code seen}, the record as the technician saw it
     * when they began the change, onto the record as stored now. A download that landed in between (the
     * office's newer version) keeps its other fields, and the edit stays based on the version seen, so the
     * upload meets the office's change as a conflict instead of overwriting it.
     *
     * @return whether anything changed
     * @throws InvalidRecordException when a field would be invalid; nothing is written
     * @throws StoreException when the record is not stored here
     */
    boolean update(Record seen, Record edited);

    /** Deletes the record; one never uploaded is simply forgotten. */
    void delete(EClass table, String id);

    /**
     * Makes several edits in one transaction, each with its outbox entry: all are stored or none is (a status step
     * changes the booking, its work order and its time entries together).
     *
     * @param edits makes the edits through the {@code LocalEdits} it is given, on the calling thread
     * @throws InvalidRecordException when a field of any edit is invalid; nothing is written
     */
    void together(String what, Consumer<LocalEdits> edits);
}
