package org.fieldbook.sync;

import org.eclipse.core.runtime.jobs.Job;

/**
 * Syncs the device with the back office: on demand (the Sync button), on the profile's schedule while the
 * app runs, and soon after each local edit. Never two cycles at once. Cycles run as Eclipse jobs with
 * progress; nothing here blocks the caller.
 */
public interface SyncService {

    /** @return the job of a full cycle, started now or already running */
    Job syncNow();

    /** Asks a running cycle to stop between pages; what it wrote so far stays. */
    void cancel();

    /** @return the current status */
    SyncStatus status();

    void addListener(SyncListener listener);

    void removeListener(SyncListener listener);
}
