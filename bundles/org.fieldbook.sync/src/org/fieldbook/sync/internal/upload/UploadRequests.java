package org.fieldbook.sync.internal.upload;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.sync.internal.json.RecordBodyWriter;

/**
 * The requests a change is sent as: a create POSTs the device's own key (so repeating it never makes a second
 * row), an update PATCHes the changed columns and a delete DELETEs, both only if the row is still at the
 * version the edit was based on.
 */
final class UploadRequests {

    /** Any version, but the row must exist: keeps a PATCH from creating a row the server deleted. */
    static final String ANY_VERSION = "*";

    private final RecordBodyWriter bodies;

    UploadRequests(DataverseSchema schema) {
        bodies = new RecordBodyWriter(schema);
    }

    /** @return the change's request, based on the version its first edit was based on */
    UploadRequest of(RecordChange change) {
        return of(change, change.baseETag() == null ? ANY_VERSION : change.baseETag());
    }

    /** @param ifMatch the version the row must have for an update or delete */
    UploadRequest of(RecordChange change, String ifMatch) {
        String row = change.table().entitySet() + "(" + change.recordId() + ")";
        return switch (change.operation()) {
        case CREATE -> new UploadRequest("POST", change.table().entitySet(), null, bodies.body(change.asEntry()));
        case UPDATE -> new UploadRequest("PATCH", row, ifMatch, bodies.body(change.asEntry()));
        case DELETE -> new UploadRequest("DELETE", row, ifMatch, null);
        };
    }
}
