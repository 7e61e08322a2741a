package org.fieldbook.sync.internal.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.OneAtATime;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.sync.ServerBusyException;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.SyncLog;

/**
 * Runs sync cycles one at a time, each as an Eclipse job of its own ("Syncing with the back office"): a request
 * while a cycle runs gets a job that runs right after it, and the requests made before that job starts share it
 * (the larger request wins: full over scheduled over upload-only). So joining the job a request returned waits
 * for a cycle that did what was asked, not only for the one that was running when it was asked. Failures become a
 * status the technician can read, never an error dialog; the schedule decides when to try again.
 */
final class SyncCycles {

    /** Logged after every cycle that downloaded, for support logs and the start-up benchmark. */
    static final String FINISHED_MESSAGE = "Sync finished";

    private final SyncCycle cycle;
    private final LocalStore store;
    private final SyncSchedule schedule;
    private final Consumer<SyncStatus> tell;
    /** Held by the cycle that runs, so that the next one waits for it. */
    private final ISchedulingRule oneAtATime = new OneAtATime();
    /** The job of the cycle asked for that has not started yet, or null; guarded by this. */
    private CycleJob waiting;
    private volatile SyncStatus status;

    SyncCycles(SyncCycle cycle, LocalStore store, SyncSchedule schedule, Consumer<SyncStatus> tell) {
        this.cycle = cycle;
        this.store = store;
        this.schedule = schedule;
        this.tell = tell;
        this.status = counted(Phase.IDLE, null, lastSuccess(), null);
    }

    /**
     * Asks for a cycle: now, or right after the one that runs.
     *
     * @return the job of a cycle that does at least what {@code mode} asks, not started yet when this was asked
     */
    synchronized Job request(SyncCycle.Mode mode) {
        if (waiting == null || waiting.getState() == Job.NONE) { // none asked yet, or the one asked was cancelled
            waiting = new CycleJob(mode);
            waiting.schedule();
        } else if (mode.compareTo(waiting.mode) < 0) {
            waiting.mode = mode;
        }
        return waiting;
    }

    /** @return whether no cycle runs or waits to run */
    boolean idle() {
        return Job.getJobManager().find(this).length == 0;
    }

    /** Cancels the cycle that runs and the one that waits. */
    void cancel() {
        Job.getJobManager().cancel(this);
    }

    /** Waits until no cycle runs or waits to run. */
    void join() throws InterruptedException {
        Job.getJobManager().join(this, null);
    }

    SyncStatus status() {
        return status;
    }

    private IStatus run(SyncCycle.Mode mode, IProgressMonitor monitor) {
        publish(counted(Phase.SYNCING, null, status.lastSuccess(), null));
        try {
            long start = System.nanoTime();
            int rows = cycle.run(mode, new TaskReporter(monitor));
            if (mode != SyncCycle.Mode.UPLOAD_ONLY) {
                schedule.succeeded(dueTimes());
                SyncLog.of(SyncCycles.class).info(String.format("%s (%s): %d rows downloaded in %d ms", FINISHED_MESSAGE,
                        mode.name().toLowerCase(Locale.ROOT), rows, (System.nanoTime() - start) / 1_000_000));
            }
            publish(counted(Phase.IDLE, null, mode == SyncCycle.Mode.UPLOAD_ONLY ? status.lastSuccess() : lastSuccess(), null));
        } catch (OperationCanceledException e) {
            publish(counted(Phase.IDLE, null, status.lastSuccess(), "The sync was cancelled; it goes on where it stopped next time."));
            return Status.CANCEL_STATUS;
        } catch (SyncException e) {
            schedule.failed(e instanceof ServerBusyException busy ? busy.retryAfter() : null);
            publish(counted(phase(e), null, status.lastSuccess(), e.getMessage()));
        } catch (RuntimeException e) {
            schedule.failed(null);
            SyncLog.of(SyncCycles.class).error("The sync failed: " + e.getMessage(), e);
            publish(counted(Phase.FAILED, null, status.lastSuccess(), "The sync failed: " + e.getMessage()));
        }
        return Status.OK_STATUS;
    }

    private static Phase phase(SyncException e) {
        if (e instanceof SignInException) {
            return Phase.SIGNED_OUT;
        }
        return e instanceof WebApiException || e instanceof ServerBusyException ? Phase.FAILED : Phase.OFFLINE;
    }

    /** Tells the status again with fresh counts, e.g. after a local edit, keeping what it says otherwise. */
    synchronized void recount() {
        SyncStatus now = status;
        publish(counted(now.phase(), now.task(), now.lastSuccess(), now.message()));
    }

    /** Synchronized with {@link #recount}, which must not tell an older phase after a newer one. */
    private synchronized void publish(SyncStatus next) {
        status = next;
        tell.accept(next);
    }

    private SyncStatus counted(Phase phase, String task, Instant lastSuccess, String message) {
        return new SyncStatus(phase, task, lastSuccess, message, store.outbox().size(), store.conflicts().open().size(),
                store.syncErrors().unresolved().size());
    }

    /** @return the states of the tables of the profile this device last received */
    private List<TableSyncState> states() {
        return ProfileSource.cached(store.configuration()).map(DeviceProfile::profile)
                .map(profile -> profile.getItems().stream().map(OfflineProfileItem::getTableName)
                        .map(table -> store.syncStates().get(table)).toList())
                .orElse(List.of());
    }

    private Collection<Instant> dueTimes() {
        return states().stream().map(TableSyncState::nextDue).filter(Objects::nonNull).toList();
    }

    /**
     * @return when the latest download of a table of the profile finished: the last sync, scheduled ones of a few
     *         due tables included (the oldest table's time stood still while scheduled cycles ran), or null
     */
    private Instant lastSuccess() {
        return states().stream().map(TableSyncState::lastSuccess).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    /** Passes the cycle's task names on to the status, so the status bar says what is being downloaded. */
    private final class TaskReporter extends ProgressMonitorWrapper {

        TaskReporter(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            publish(counted(Phase.SYNCING, name, status.lastSuccess(), null));
        }

        @Override
        public void setTaskName(String name) {
            super.setTaskName(name);
            publish(counted(Phase.SYNCING, name, status.lastSuccess(), null));
        }
    }

    /** One cycle, of the mode asked for until it starts. */
    private final class CycleJob extends Job {

        /** Guarded by the enclosing {@link SyncCycles}. */
        private SyncCycle.Mode mode;

        CycleJob(SyncCycle.Mode mode) {
            super("Syncing with the back office");
            this.mode = mode;
            setRule(oneAtATime);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == SyncCycles.this;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            SyncCycle.Mode asked;
            synchronized (SyncCycles.this) {
                if (waiting == this) {
                    waiting = null; // requests from now on are for the next cycle
                }
                asked = mode;
            }
            return SyncCycles.this.run(asked, monitor);
        }
    }
}
