package org.fieldbook.backoffice.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;

import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.Record;

/**
 * The file a note (Dataverse's annotation) holds: bounded by the organization's {@code maxuploadfilesize} and
 * described by the columns the server sets (file size, whether there is a file, the regarded table, who created
 * and changed the note), whichever way the note is written.
 */
final class NoteFiles {

    static final String TABLE = "annotation";
    /** Dataverse's default largest file, 5 MB. */
    static final int DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
    /** Dataverse's largest setting, 128 MB. */
    static final int LARGEST_MAX_SIZE = 128 * 1024 * 1024;
    /** Dataverse's code for an attachment that is too large. */
    static final String TOO_LARGE = "0x80044a02";

    private NoteFiles() {
    }

    /**
     * Checks a note about to be written and sets its server-set columns; other tables' rows pass unchanged.
     *
     * @param userId the writer's {@code systemuserid}, or null when unknown
     * @throws EntityRecords.Rejected when its file is not base64 or is larger than the organization allows
     */
    static void prepare(Connection connection, TableMapping table, Record row, String userId) throws SQLException {
        if (!(row instanceof Annotation note) || !TABLE.equals(table.logicalName())) {
            return;
        }
        String body = note.getDocumentBody();
        int size = body == null ? 0 : decodedSize(body);
        requireWithinLimit(connection, size);
        note.setFileSize(size);
        note.setIsDocument(body != null);
        note.setObjectTypeCode(note.getObjectId() == null ? null : "msdyn_workorder");
        if (note.getCreatedBy() == null) {
            note.setCreatedBy(userId);
        }
        note.setModifiedBy(userId);
    }

    /** @throws EntityRecords.Rejected with Dataverse's error when {@code size} bytes exceed the organization's limit */
    static void requireWithinLimit(Connection connection, long size) throws SQLException {
        int limit = maxSize(connection);
        if (size > limit) {
            throw new EntityRecords.Rejected(tooLarge(size, limit));
        }
    }

    /** @return the organization's largest file in bytes: its setting, within Dataverse's bounds */
    static int maxSize(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAXUPLOADFILESIZE FROM ORGANIZATION FETCH FIRST ROW ONLY");
                ResultSet row = query.executeQuery()) {
            int setting = row.next() ? row.getInt(1) : 0;
            return setting <= 0 ? DEFAULT_MAX_SIZE : Math.min(setting, LARGEST_MAX_SIZE);
        }
    }

    /** @return the bytes {@code base64} decodes to */
    static byte[] decode(String what, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new EntityRecords.Rejected(new ODataApplicationException(what + " is not valid base64.",
                    HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, "0x80040203"));
        }
    }

    private static int decodedSize(String base64) {
        return decode("documentbody", base64).length;
    }

    private static ODataApplicationException tooLarge(long size, int limit) {
        return new ODataApplicationException("The attachment is either not a valid type or is too large. It cannot be uploaded or"
                + " downloaded. (" + size + " bytes; the organization's maxuploadfilesize is " + limit + " bytes.)",
                HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, TOO_LARGE);
    }
}
