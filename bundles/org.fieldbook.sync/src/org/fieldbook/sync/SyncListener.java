package org.fieldbook.sync;

/** Told whenever the sync status changes: a cycle starts, progresses, ends or fails. Called on any thread. */
@FunctionalInterface
public interface SyncListener {

    void changed(SyncStatus status);
}
