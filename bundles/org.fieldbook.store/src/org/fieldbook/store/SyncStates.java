package org.fieldbook.store;

import java.time.Instant;
import java.util.List;

/** Where each table's download stands. */
public interface SyncStates {

    /** @return the table's state; a table never synced has an empty one */
    TableSyncState get(String table);

    /** Forgets the table's delta token and resume point, so its next download starts over (e.g. an expired token). */
    void restart(String table);

    /** A finished download of a table, and when the next one is due. */
    record Completion(String table, Instant at, Instant nextDue) {
    }

    /**
     * Records finished downloads, all in one transaction (a cycle that found nothing new writes once): clears each
     * table's resume point and sets when its next download is due.
     */
    void completed(List<Completion> completions);

    default void completed(String table, Instant at, Instant nextDue) {
        completed(List.of(new Completion(table, at, nextDue)));
    }
}
