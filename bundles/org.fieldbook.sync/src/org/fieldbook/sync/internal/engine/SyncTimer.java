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

    private final SyncCycles cycles;
    private final SyncSchedule schedule;
    private final LocalStore store;
    private int outboxLastSeen = -1;
    private volatile boolean stopped;

    SyncTimer(SyncCycles cycles, SyncSchedule schedule, LocalStore store) {
        super("Sync timer");
        this.cycles = cycles;
        this.schedule = schedule;
        this.store = store;
        setSystem(true);
    }

    /**
     * Stops looking for good, waiting for a look that runs now: after this, the timer asks for no cycle (a cancel
     * alone lets a running look still ask for one, and look again). An interrupt ends the wait, and stays set.
     */
    void stop() {
        stopped = true;
        cancel();
        try {
            join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (stopped) {
            return Status.CANCEL_STATUS;
        }
        if (cycles.idle()) {
            tick();
        }
        if (!monitor.isCanceled() && !stopped) {
            schedule(PERIOD_MILLIS);
        }
        return Status.OK_STATUS;
    }

    private void tick() {
        int outbox = store.outbox().size();
        if (schedule.due()) {
            cycles.request(SyncCycle.Mode.SCHEDULED);
        } else if (outbox > 0 && outbox != outboxLastSeen && !schedule.backingOff()
                && cycles.status().phase() != Phase.SIGNED_OUT) {
            cycles.request(SyncCycle.Mode.UPLOAD_ONLY);
        }
        outboxLastSeen = outbox;
    }
}
