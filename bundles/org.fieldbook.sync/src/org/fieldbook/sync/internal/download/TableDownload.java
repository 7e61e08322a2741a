package org.fieldbook.sync.internal.download;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.sync.SyncException;

/** Brings one table of the device up to date with the server, the way its profile item says. */
interface TableDownload {

    /** @return rows written */
    int run(SubMonitor monitor) throws SyncException;
}
