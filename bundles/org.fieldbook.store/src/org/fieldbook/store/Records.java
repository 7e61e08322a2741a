package org.fieldbook.store;

import java.util.Optional;

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
}
