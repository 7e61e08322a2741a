package org.fieldbook.sync.internal.upload;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.SyncErrors;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.SyncLog;
import org.fieldbook.sync.internal.json.RecordBodyWriter;

/**
 * Sends the device's new sync errors to the back office's {@code syncerrors} table, so that administrators see
 * their fleet's errors. Best effort: a failure is logged and the rest wait for the next cycle; the sync goes
 * on. Each error is sent with its own key and marked once the server has it, so it is never sent twice.
 */
final class SyncErrorUpload {

    private final UploadHttp http;
    private final SyncErrors errors;
    private final DataverseTable table;
    private final RecordBodyWriter bodies;

    SyncErrorUpload(UploadHttp http, SyncErrors errors, DataverseSchema schema) {
        this.http = http;
        this.errors = errors;
        this.table = schema.byClass(FieldbookPackage.Literals.SYNC_ERROR).orElseThrow();
        this.bodies = new RecordBodyWriter(schema);
    }

    /** @return how many errors were sent */
    int upload() {
        int sent = 0;
        for (SyncError error : errors.notUploaded()) {
            try {
                http.send(new UploadRequest("POST", table.entitySet(), null, bodies.body(RecordCreation.of(table, error))));
            } catch (WebApiException e) {
                if (e.status() != 412) { // 412: an earlier upload got there, its answer did not come back
                    SyncLog.of(SyncErrorUpload.class).warn("Cannot upload sync errors (HTTP " + e.status() + "): " + e.getMessage());
                    return sent;
                }
            } catch (SyncException e) {
                SyncLog.of(SyncErrorUpload.class).warn("Cannot upload sync errors: " + e.getMessage());
                return sent;
            }
            errors.uploaded(error.getId());
            sent++;
        }
        return sent;
    }
}
