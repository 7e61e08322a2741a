package org.fieldbook.sync.internal.upload;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.notes.NoteFileUpload;

/**
 * The upload step of a sync cycle: sends the outbox's edits to the back office in the order they were made
 * (a new record before the records pointing at it), many to a change set, keeps conflicts and refusals on
 * the device, sends the files of the technician's notes in blocks once their notes are there, and sends the new
 * sync errors to the back office. A row created on the device stays there,
 * with its outbox entry, until the server confirms it.
 */
public final class OutboxUpload {

    /** How many changes go in one change set: small enough that one refused change costs little to resend. */
    private static final int CHANGE_SET_SIZE = 100;

    private final int changeSetSize;

    public OutboxUpload() {
        this(CHANGE_SET_SIZE);
    }

    OutboxUpload(int changeSetSize) {
        this.changeSetSize = changeSetSize;
    }

    /**
     * @return what was sent, and what conflicted or failed
     * @throws SyncException when the back office is busy ({@link org.fieldbook.sync.ServerBusyException}) or out of
     *         reach, or the sign-in fails: the step ends and the cycle tries again later; what was sent stays sent
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled, checked between requests
     */
    public UploadReport upload(SyncContext context, IProgressMonitor monitor) throws SyncException {
        LocalStore store = context.store();
        List<RecordChange> changes = UploadPlan.of(store.outbox().pending(), context.schema());
        SubMonitor progress = SubMonitor.convert(monitor, "Sending your changes", changes.size() + 11);
        UploadHttp http = new UploadHttp(context.http(), context.serviceRoot());
        UploadRequests requests = new UploadRequests(context.schema());
        UploadErrors errors = new UploadErrors(store.syncErrors(), context.clock());
        ConflictResolver conflicts = new ConflictResolver(http, requests, store, errors, context.clock(), context.device().serverWins());
        RecordUpload single = new RecordUpload(http, requests, store.uploads(), conflicts, errors);
        UploadReport report = new UploadRun(new ChangeSets(http), requests, single, store.uploads()).send(changes, changeSetSize, progress);
        progress.split(1);
        new NoteFileUpload(context).run(progress.split(10));
        new SyncErrorUpload(http, store.syncErrors(), context.schema()).upload();
        return report;
    }
}
