package org.fieldbook.sync.internal.engine;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncStatus.Phase;

/**
 * Looks every few seconds, while the app runs, whether a cycle is due: a scheduled one (the tables that are
 * due) when the schedule says so, an upload-only one when the outbox grew or shrank since the last look (so
 * an edit reaches the back office within seconds while it is reachable). Nothing starts while a cycle runs
 * or a back-off lasts.
 */
final class SyncTimer extends Job {

    static final long PERIOD_MILLIS = 5_000;

    private final SyncJob job;
    private final SyncSchedule schedule;
    private final LocalStore store;
    private int outboxLastSeen = -1;

    SyncTimer(SyncJob job, SyncSchedule schedule, LocalStore store) {
        super("Sync timer");
        this.job = job;
        this.schedule = schedule;
        this.store = store;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (job.getState() == Job.NONE) {
            tick();
        }
        if (!monitor.isCanceled()) {
            schedule(PERIOD_MILLIS);
        }
        return Status.OK_STATUS;
    }

    private void tick() {
        int outbox = store.outbox().size();
        if (schedule.due()) {
            job.request(SyncCycle.Mode.SCHEDULED);
        } else if (outbox > 0 && outbox != outboxLastSeen && !schedule.backingOff()
                && job.status().phase() != Phase.SIGNED_OUT) {
            job.request(SyncCycle.Mode.UPLOAD_ONLY);
        }
        outboxLastSeen = outbox;
    }
}
