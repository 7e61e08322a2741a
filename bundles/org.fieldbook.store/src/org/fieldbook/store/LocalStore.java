package org.fieldbook.store;

import java.nio.file.Path;

/**
 * The technician's local database: everything the UI shows is read from here, online or offline, and
 * every local edit is written here together with its outbox entry. Registered as an OSGi service; the
 * database is created, encrypted, in the instance area on first use.
 */
public interface LocalStore {

    /** @return the agenda: bookings with their work order and account */
    BookingRepository bookings();

    /** @return work order lists, search and details */
    WorkOrderRepository workOrders();

    /** @return any record by table and key */
    Records records();

    /** @return the technician's edits: each one also queues an outbox entry, atomically */
    LocalEdits edits();

    /** @return the edits waiting for upload */
    Outbox outbox();

    /** @return where the upload records what the server did with the outbox's edits */
    Uploads uploads();

    /** @return where downloaded pages are applied */
    Downloads downloads();

    /** @return per-table download state */
    SyncStates syncStates();

    /** @return conflicts between local edits and server changes */
    Conflicts conflicts();

    /** @return records the sync could not send or apply */
    SyncErrors syncErrors();

    /** @return notes on work orders with their files (photos, signatures) */
    WorkOrderNotes notes();

    /** @return where the sync moves notes' files block by block */
    NoteFileTransfers noteFiles();

    /** @return documents kept for offline use: the offline profile and its settings */
    ConfigurationDocuments configuration();

    /** @return the schema version of the open database */
    int schemaVersion();

    /** @return the folder holding the database files */
    Path location();
}
