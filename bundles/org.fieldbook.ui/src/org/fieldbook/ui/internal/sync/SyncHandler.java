package org.fieldbook.ui.internal.sync;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;

/** The Sync command (toolbar button and F5): starts a cycle; disabled while one runs. */
public final class SyncHandler {

    @CanExecute
    public boolean canExecute(SyncService sync) {
        return sync.status().phase() != Phase.SYNCING;
    }

    @Execute
    public void execute(SyncService sync) {
        sync.syncNow();
    }
}
