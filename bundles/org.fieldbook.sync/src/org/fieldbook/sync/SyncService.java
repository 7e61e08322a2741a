package org.fieldbook.sync;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;

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

    /** @return why a record is on this device (its edits, the booking window, what it relates to…); reads the store */
    List<PresenceReason> whyOnDevice(EClass table, String id);

    void addListener(SyncListener listener);

    void removeListener(SyncListener listener);
}
