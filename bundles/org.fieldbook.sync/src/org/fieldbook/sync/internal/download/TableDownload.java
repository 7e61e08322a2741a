package org.fieldbook.sync.internal.download;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;

/** Brings one table of the device up to date with the server, the way its profile item says. */
interface TableDownload {

    /** @return rows written */
    int run(SubMonitor monitor) throws SyncException;

    /**
     * Runs the download up to its last read: a table loaded in bulk may still be writing then, while the next
     * table downloads.
     *
     * @return what waits for the writes
     */
    default Writing start(SubMonitor monitor) throws SyncException {
        int rows = run(monitor);
        return () -> rows;
    }

    /** @return the reads this download starts with, as it would send them now: they can be asked ahead together */
    List<ReadsAhead.Read> firstReads();

    /** The writes of a download whose reads are done. */
    @FunctionalInterface
    interface Writing {

        /**
         * Waits for the writes to end.
         *
         * @return rows written
         * @throws RuntimeException what stopped the writes, as it was
         */
        int await() throws SyncException;
    }
}
