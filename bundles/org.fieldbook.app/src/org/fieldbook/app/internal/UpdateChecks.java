package org.fieldbook.app.internal;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.updates.ClientUpdates;
import org.fieldbook.updates.UpdateCheck;
import org.fieldbook.updates.UpdateJob;

/**
 * When the client looks for an update of itself: once its workbench is up, and after each sync that succeeded,
 * never while the back office is known to be unreachable. Each check is an {@link UpdateJob} in the background
 * (check, then download); one at a time.
 */
final class UpdateChecks implements SyncListener {

    private final ClientUpdates updates;
    private final SyncService sync;
    private final URI site;
    private final Consumer<UpdateCheck> downloaded;
    private Instant lastSyncSeen;
    private volatile UpdateCheck ready;

    /** @param downloaded told (on the job's thread) when an update has been downloaded */
    UpdateChecks(ClientUpdates updates, SyncService sync, URI serviceRoot, Consumer<UpdateCheck> downloaded) {
        this.updates = updates;
        this.sync = sync;
        this.site = UpdateJob.siteOf(serviceRoot);
        this.downloaded = downloaded;
    }

    /** The workbench is up: an update just applied is kept, and the first check starts. */
    void workbenchUp() {
        updates.workbenchReached();
        SyncStatus status = sync.status();
        lastSyncSeen = status.lastSuccess();
        sync.addListener(this);
        if (status.phase() != SyncStatus.Phase.OFFLINE) {
            schedule();
        }
    }

    @Override
    public synchronized void changed(SyncStatus status) {
        if (status.phase() == SyncStatus.Phase.IDLE && status.lastSuccess() != null
                && !Objects.equals(status.lastSuccess(), lastSyncSeen)) {
            lastSyncSeen = status.lastSuccess();
            schedule();
        }
    }

    private void schedule() {
        if (ready == null && Job.getJobManager().find(UpdateJob.FAMILY).length == 0) {
            new UpdateJob(updates, site, this::checked).schedule();
        }
    }

    private void checked(UpdateCheck check) {
        if (check.outcome() == UpdateCheck.Outcome.DOWNLOADED) {
            ready = check;
            ILog.of(UpdateChecks.class).info("Updates: version " + check.version()
                    + " is ready; a restart is offered when no sync runs and no form holds unsaved edits");
            downloaded.accept(check);
        }
    }
}
