package org.fieldbook.ui.internal;

import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;

/**
 * Tells a part to read the store again when what it lists may have changed: a cycle ended, or the counts of
 * conflicts or sync errors moved. The progress of a running cycle alone is not worth a read.
 */
public final class SyncSettled implements SyncListener {

    private final Runnable reload;
    private SyncStatus previous;

    public SyncSettled(Runnable reload) {
        this.reload = reload;
    }

    @Override
    public synchronized void changed(SyncStatus status) {
        boolean settled = previous == null || previous.phase() == Phase.SYNCING && status.phase() != Phase.SYNCING
                || previous.openConflicts() != status.openConflicts() || previous.syncErrors() != status.syncErrors();
        previous = status;
        if (settled) {
            reload.run();
        }
    }
}
