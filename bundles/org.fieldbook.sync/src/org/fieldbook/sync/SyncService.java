package org.fieldbook.sync;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;

/**
 * Syncs the device with the back office: on demand (the Sync button), on the profile's schedule while the
 * app runs, and soon after each local edit. Never two cycles at once. Cycles run as Eclipse jobs with
 * progress; nothing here blocks the caller.
 */
public interface SyncService {

    /**
     * @return the job of a full cycle asked for now: it starts at once, or right after the cycle that runs; joining
     *         it waits for that full cycle, not only for the one that was running
     */
    Job syncNow();

    /** Asks a running cycle to stop between pages; what it wrote so far stays. */
    void cancel();

    /** @return the current status */
    SyncStatus status();

    /** @return why a record is on this device (its edits, the booking window, what it relates to…); reads the store */
    List<PresenceReason> whyOnDevice(EClass table, String id);

    /**
     * Resolves a conflict as the technician chose, field by field, as a new local edit that the next upload
     * sends (one starts at once); the conflict is closed.
     *
     * @param choices Dataverse column → which side it keeps
     * @throws IllegalArgumentException when there is no such conflict waiting or its record is gone
     */
    void resolveConflict(String conflictId, Map<String, ConflictChoice> choices);

    void addListener(SyncListener listener);

    void removeListener(SyncListener listener);
}
