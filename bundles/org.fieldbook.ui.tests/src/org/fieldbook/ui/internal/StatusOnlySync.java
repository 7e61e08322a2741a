package org.fieldbook.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.sync.ConflictChoice;
import org.fieldbook.sync.PresenceReason;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;

/** A sync service that only reports the status a test sets, to see controls follow it; it never syncs. */
public final class StatusOnlySync implements SyncService {

    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status = new SyncStatus(Phase.IDLE, null, null, null, 0, 0, 0);

    public void change(Phase phase, int openConflicts, int syncErrors) {
        status = new SyncStatus(phase, null, null, null, 0, openConflicts, syncErrors);
        listeners.forEach(listener -> listener.changed(status));
    }

    @Override
    public Job syncNow() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void cancel() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public List<PresenceReason> whyOnDevice(EClass table, String id) {
        return List.of();
    }

    @Override
    public void resolveConflict(String conflictId, Map<String, ConflictChoice> choices) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }
}
