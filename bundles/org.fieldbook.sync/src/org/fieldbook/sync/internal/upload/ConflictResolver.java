package org.fieldbook.sync.internal.upload;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;

/**
 * A change refused because the row changed on the server since the edit's version. The server's row is read
 * and the organization's setting picks the winner; either way a conflict keeps the base, the device's and the
 * server's values, so that nothing either side wrote is lost without a record:
 * <ul>
 * <li>the device wins (the default): its change is sent again over the server's version and the server values
 * it overwrote are kept in a conflict resolved as {@link ConflictResolution#CLIENT_WON};</li>
 * <li>the server wins: its row replaces the local one, the record's edits leave the outbox and the technician's
 * values are kept in an open conflict, which a sync error points out.</li>
 * </ul>
 * An update whose columns the server already holds at the values it sends is no conflict: most often it is the
 * device's own earlier upload, applied by the server but never confirmed on the device (the answer was lost, or
 * the device was killed before it recorded it), and nothing either side wrote is at stake. Nor is one whose
 * columns the server still holds at their base values: the office changed other columns, and the device's are
 * sent again over the office's version, so both changes stand.
 */
final class ConflictResolver {

    private final UploadHttp http;
    private final UploadRequests requests;
    private final LocalStore store;
    private final UploadErrors errors;
    private final Clock clock;
    private final boolean serverWins;

    ConflictResolver(UploadHttp http, UploadRequests requests, LocalStore store, UploadErrors errors, Clock clock, boolean serverWins) {
        this.http = http;
        this.requests = requests;
        this.store = store;
        this.errors = errors;
        this.clock = clock;
        this.serverWins = serverWins;
    }

    Outcome resolve(RecordChange change, WebApiException stale) throws SyncException {
        Optional<Record> server;
        try {
            server = http.row(change.table(), change.recordId());
        } catch (WebApiException e) {
            errors.record(change, e);
            return Outcome.FAILED;
        }
        if (server.isEmpty()) {
            return deletedOnServer(change);
        }
        if (change.operation() == Operation.UPDATE) {
            Map<String, String> onServer = ServerValues.of(change.table(), server.get(), change.fields().keySet());
            if (onServer.equals(change.fields())) {
                change.confirm(store.uploads(), server.get().getVersionNumber());
                return Outcome.SENT;
            }
            if (onServer.equals(change.baseValues())) {
                return merged(change, server.get());
            }
        }
        Conflict conflict = conflict(change, server.get());
        return serverWins ? serverWon(change, server.get(), conflict, stale) : clientWon(change, server.get(), conflict);
    }

    /** The office changed other columns only: the device's columns go over the office's version, no one loses. */
    private Outcome merged(RecordChange change, Record row) throws SyncException {
        try {
            change.confirmOver(store.uploads(), row, http.send(requests.of(change, FieldText.etag(row.getVersionNumber()))));
            return Outcome.SENT;
        } catch (WebApiException e) {
            errors.record(change, e);
            return Outcome.FAILED;
        }
    }

    private Outcome deletedOnServer(RecordChange change) {
        if (change.operation() == Operation.DELETE) {
            change.confirm(store.uploads(), 0);
            return Outcome.SENT;
        }
        errors.record(change, new WebApiException(404, "0x80040217", change.describe() + " was deleted on the server."));
        return Outcome.FAILED;
    }

    private Outcome clientWon(RecordChange change, Record row, Conflict conflict) throws SyncException {
        long version;
        try {
            version = http.send(requests.of(change, conflict.getServerETag()));
        } catch (WebApiException e) {
            errors.record(change, e);
            return Outcome.FAILED;
        }
        conflict.setResolution(ConflictResolution.CLIENT_WON);
        conflict.setResolvedAt(clock.instant());
        store.conflicts().add(conflict);
        change.confirmOver(store.uploads(), row, version);
        return Outcome.CLIENT_WON;
    }

    private Outcome serverWon(RecordChange change, Record row, Conflict conflict, WebApiException stale) {
        store.conflicts().add(conflict);
        errors.conflict(change, stale);
        store.uploads().takeServerRow(change.table().eClass(), change.recordId(), row);
        return Outcome.SERVER_WON;
    }

    /** For a delete, every server value is at stake; for an update, those of the columns it changes. */
    private Conflict conflict(RecordChange change, Record row) {
        Conflict conflict = FieldbookFactory.eINSTANCE.createConflict();
        conflict.setTableName(change.table().logicalName());
        conflict.setRecordId(change.recordId());
        conflict.setBaseETag(change.baseETag());
        conflict.setServerETag(FieldText.etag(row.getVersionNumber()));
        conflict.setDetectedAt(clock.instant());
        conflict.setResolution(ConflictResolution.OPEN);
        fill(conflict.getBaseValues(), change.baseValues());
        fill(conflict.getLocalValues(), change.fields());
        fill(conflict.getServerValues(), ServerValues.of(change.table(), row, change.fields().keySet()));
        return conflict;
    }

    private static void fill(EList<FieldValue> values, Map<String, String> texts) {
        texts.forEach((column, text) -> {
            FieldValue value = FieldbookFactory.eINSTANCE.createFieldValue();
            value.setColumn(column);
            value.setValue(text);
            values.add(value);
        });
    }
}
