package org.fieldbook.sync.internal.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.store.SyncErrors;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.SyncLog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Keeps what the server refused as sync errors, with what Dataverse's {@code syncerror} table holds: the
 * record, the status and code, the message, the action and the values the device tried to send. A record
 * refused again in a later cycle for the same reason is not recorded twice while the first error is open.
 */
final class UploadErrors {

    /** The length of Dataverse's {@code actiondata} and {@code errormessage} columns. */
    private static final int MAX_TEXT = 4000;
    /** Dataverse's limit of syncerror.actiondata, which the device's store and the back office hold whole. */
    private static final int MAX_ACTION_DATA = 1_048_576;
    private static final JsonFactory JSON = new JsonFactory();

    private final SyncErrors store;
    private final Clock clock;

    UploadErrors(SyncErrors store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void record(RecordChange change, WebApiException refusal) {
        SyncErrorType type = switch (refusal.status()) {
        case 404 -> SyncErrorType.RECORD_NOT_FOUND;
        case 412 -> SyncErrorType.CONFLICT;
        default -> SyncErrorType.OTHER;
        };
        add(change, refusal, type, refusal.getMessage());
    }

    /** The server's values won over the technician's, which wait in a conflict to be reviewed. */
    void conflict(RecordChange change, WebApiException refusal) {
        add(change, refusal, SyncErrorType.CONFLICT, change.describe() + " was changed on the server since you edited it."
                + " The server's values were kept; yours wait in Conflicts for you to review. (" + refusal.getMessage() + ")");
    }

    private void add(RecordChange change, WebApiException refusal, SyncErrorType type, String message) {
        SyncError error = FieldbookFactory.eINSTANCE.createSyncError();
        error.setTableName(change.table().logicalName());
        error.setRecordId(change.recordId());
        error.setHttpStatus(refusal.status());
        error.setErrorCode(refusal.code());
        error.setErrorType(type);
        error.setMessage(limited(message));
        error.setAction(change.action());
        error.setActionData(limited(json(change.fields()), MAX_ACTION_DATA));
        error.setOccurredAt(clock.instant());
        SyncLog.of(UploadErrors.class).warn("The back office refused the " + change.action() + " of " + change.describe() + ": HTTP "
                + refusal.status() + " " + refusal.code() + " " + refusal.getMessage());
        if (store.unresolved().stream().noneMatch(open -> sameAs(open, error))) {
            store.add(error);
        }
    }

    private static boolean sameAs(SyncError open, SyncError error) {
        return Objects.equals(open.getTableName(), error.getTableName()) && Objects.equals(open.getRecordId(), error.getRecordId())
                && Objects.equals(open.getAction(), error.getAction()) && open.getHttpStatus() == error.getHttpStatus()
                && Objects.equals(open.getErrorCode(), error.getErrorCode());
    }

    private static String limited(String text) {
        return limited(text, MAX_TEXT);
    }

    private static String limited(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String json(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
