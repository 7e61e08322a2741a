package org.fieldbook.store;

import java.time.Instant;

/** Where each table's download stands. */
public interface SyncStates {

    /** @return the table's state; a table never synced has an empty one */
    TableSyncState get(String table);

    /** Forgets the table's delta token and resume point, so its next download starts over (e.g. an expired token). */
    void restart(String table);

    /** Records a finished download: clears the resume point and sets when the next one is due. */
    void completed(String table, Instant at, Instant nextDue);
}
