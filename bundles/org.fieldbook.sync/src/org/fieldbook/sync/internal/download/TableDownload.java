package org.fieldbook.sync.internal.download;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;

/** Brings one table of the device up to date with the server, the way its profile item says. */
interface TableDownload {

    /** @return rows written */
    int run(SubMonitor monitor) throws SyncException;

    /** @return the reads this download starts with, as it would send them now: they can be asked ahead together */
    List<ReadsAhead.Read> firstReads();
}
