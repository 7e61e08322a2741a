package org.fieldbook.sync;

import java.time.Instant;

/**
 * What the status bar says about syncing: what is happening, the last sync that worked, and what waits
 * for the technician.
 *
 * @param phase what the engine is doing or why it is not syncing
 * @param task what the running cycle does right now ("Downloading msdyn_workorders"), or null
 * @param lastSuccess when a cycle last finished, or null if none ever did
 * @param message why the last cycle failed, in words a technician can act on, or null
 * @param pendingChanges local edits waiting for upload
 * @param openConflicts conflicts waiting for review
 * @param syncErrors records the sync could not send or apply
 */
public record SyncStatus(Phase phase, String task, Instant lastSuccess, String message, int pendingChanges, int openConflicts,
        int syncErrors) {

    /** What the engine is doing. */
    public enum Phase {
        /** Waiting for the next cycle. */
        IDLE,
        /** A cycle runs. */
        SYNCING,
        /** The back office cannot be reached; edits wait in the outbox. */
        OFFLINE,
        /** Nobody is signed in, or the sign-in lapsed. */
        SIGNED_OUT,
        /** The last cycle failed for another reason (see the message). */
        FAILED
    }
}
