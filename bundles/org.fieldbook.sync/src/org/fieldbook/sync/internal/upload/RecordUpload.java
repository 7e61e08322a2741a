package org.fieldbook.sync.internal.upload;

import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.Uploads;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;

/**
 * Sends one record's change on its own and deals with every answer: a stale version is a conflict, a delete
 * of a row already gone is done, a create the server already has (an earlier upload whose answer was lost)
 * is sent again as an update, and any other refusal is a sync error that leaves the edit in the outbox.
 */
final class RecordUpload {

    private final UploadHttp http;
    private final UploadRequests requests;
    private final Uploads uploads;
    private final ConflictResolver conflicts;
    private final UploadErrors errors;

    RecordUpload(UploadHttp http, UploadRequests requests, Uploads uploads, ConflictResolver conflicts, UploadErrors errors) {
        this.http = http;
        this.requests = requests;
        this.uploads = uploads;
        this.conflicts = conflicts;
        this.errors = errors;
    }

    /** @throws SyncException when the server is busy or out of reach, or the sign-in fails: the upload stops */
    Outcome upload(RecordChange change) throws SyncException {
        try {
            change.confirm(uploads, http.send(requests.of(change)));
            return Outcome.SENT;
        } catch (WebApiException e) {
            return refused(change, e);
        }
    }

    private Outcome refused(RecordChange change, WebApiException refusal) throws SyncException {
        if (change.operation() == Operation.DELETE && refusal.status() == 404) {
            change.confirm(uploads, 0);
            return Outcome.SENT;
        }
        if (change.operation() == Operation.CREATE && refusal.status() == 412) {
            return alreadyCreated(change);
        }
        if (refusal.status() == 412) {
            return conflicts.resolve(change, refusal);
        }
        errors.record(change, refusal);
        return Outcome.FAILED;
    }

    /** The key is the device's own, so the row is this record: the create's values are set on it. */
    private Outcome alreadyCreated(RecordChange change) throws SyncException {
        try {
            change.confirm(uploads, http.send(requests.of(change.as(Operation.UPDATE), UploadRequests.ANY_VERSION)));
            return Outcome.SENT;
        } catch (WebApiException e) {
            errors.record(change, e);
            return Outcome.FAILED;
        }
    }
}
