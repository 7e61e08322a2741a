package org.fieldbook.backoffice.internal;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.data.ValueType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.fieldbook.backoffice.internal.http.ErrorCodes;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;

/**
 * A note's file moved in blocks, as Dataverse's block messages do: an upload keeps each block in the database as
 * it arrives (a restarted server still has them; a block sent again replaces the first) and writes the note from
 * the blocks in the committed order; a download reads the stored file a block at a time. A continuation token
 * belongs to the user who asked for it and to one note, and every block re-checks that the user reaches the note.
 */
final class NoteBlocks {

    /** The largest block a download answers: Dataverse's clients ask for 4 MB. */
    static final long MAX_DOWNLOAD_BLOCK = 16L << 20;
    private static final int MAX_BLOCK_ID = 256;
    private static final SecureRandom TOKENS = new SecureRandom();

    /** What a committed upload wrote. */
    record Committed(String annotationId, int size) {
    }

    /** A download's token and the file it reads. */
    record Download(String token, int size, String fileName) {
    }

    private final BackOfficeDatabase database;
    private final RowAccess access;
    private final String userName;
    private final TableMapping notes;

    /** @param userName the signed-in user, who owns the tokens */
    NoteBlocks(BackOfficeDatabase database, RowAccess access, String userName) {
        this.database = database;
        this.access = access;
        this.userName = userName;
        this.notes = database.tables().of(FieldbookPackage.Literals.ANNOTATION);
    }

    /**
     * Starts an upload for the note {@code target} describes: an existing note the user reaches, or a new one whose
     * columns and work order the user may write.
     *
     * @return the upload's continuation token
     * @throws OutOfReach when the note or its work order is out of the user's reach
     */
    String initializeUpload(String annotationId, Entity target) {
        return database.transaction("initialize a block upload", connection -> {
            if (BackOfficeDatabase.holds(connection, notes, annotationId, null)) {
                if (!BackOfficeDatabase.holds(connection, notes, annotationId, access.rows(notes))) {
                    throw new OutOfReach();
                }
            } else {
                BoundRows.requireReadable(connection, database.tables(), notes, Map.of(),
                        EntityRecords.toRecordOrReject(notes, target, null, annotationId), access);
            }
            return newToken(connection, "FB_BLOCK_UPLOAD", annotationId);
        });
    }

    /** Stores a block, replacing one sent before under its id, unless the blocks would exceed the largest file. */
    void uploadBlock(String token, String blockId, byte[] data) {
        if (blockId.isEmpty() || blockId.length() > MAX_BLOCK_ID) {
            throw rejected(HttpStatusCode.BAD_REQUEST, "BlockId must be 1 to " + MAX_BLOCK_ID + " characters long.");
        }
        NoteFiles.decode("BlockId", blockId);
        database.transaction("upload a block", connection -> {
            // Blocks of one upload sent at once (a client retrying while its first request still runs) would both
            // replace the same row; the token's row lock makes them take turns instead of failing.
            update(connection, "UPDATE FB_BLOCK_UPLOAD SET CREATEDON = CREATEDON WHERE TOKEN = ?", token);
            tokenNote(connection, "FB_BLOCK_UPLOAD", token);
            try (PreparedStatement sum = connection.prepareStatement(
                    "SELECT COALESCE(SUM(LENGTH(DATA)), 0) FROM FB_UPLOAD_BLOCK WHERE TOKEN = ? AND BLOCKID <> ?")) {
                JdbcValues.bindAll(sum, List.of(token, blockId));
                try (ResultSet others = sum.executeQuery()) {
                    others.next();
                    NoteFiles.requireWithinLimit(connection, others.getLong(1) + data.length);
                }
            }
            update(connection, "DELETE FROM FB_UPLOAD_BLOCK WHERE TOKEN = ? AND BLOCKID = ?", token, blockId);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO FB_UPLOAD_BLOCK (TOKEN, BLOCKID, DATA) VALUES (?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, blockId);
                insert.setBytes(3, data);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes the note from {@code target}'s columns and the blocks in {@code blockList}'s order, then forgets the
     * upload.
     */
    Committed commit(String token, List<String> blockList, Entity target, String targetId) throws ODataApplicationException {
        String annotationId = database.read("read the note of an upload", connection -> tokenNote(connection, "FB_BLOCK_UPLOAD", token));
        if (targetId != null && !targetId.equalsIgnoreCase(annotationId)) {
            throw rejected(HttpStatusCode.BAD_REQUEST, "The Target is not the note whose upload the token continues.").reason();
        }
        byte[] file = database.read("assemble the blocks of an upload", connection -> assemble(connection, token, blockList));
        target.getProperties().removeIf(property -> property.getName().equals("documentbody"));
        target.addProperty(new Property(null, "documentbody", ValueType.PRIMITIVE, Base64.getEncoder().encodeToString(file)));
        Written written = database.update(notes, annotationId,
                stored -> EntityRecords.toRecordOrReject(notes, target, stored, annotationId), null, true, access);
        if (written.outcome() == Written.Outcome.FORBIDDEN) {
            throw new OutOfReach();
        }
        database.transaction("forget a committed upload", connection -> update(connection,
                "DELETE FROM FB_BLOCK_UPLOAD WHERE TOKEN = ?", token));
        return new Committed(annotationId, file.length);
    }

    /** Starts a download of the file of a note the user reaches. */
    Download initializeDownload(String annotationId) {
        return database.transaction("initialize a block download", connection -> {
            try (PreparedStatement query = reachedNote(connection, "FILESIZE, FILENAME, DOCUMENTBODY IS NOT NULL", annotationId);
                    ResultSet note = query.executeQuery()) {
                if (!note.next()) {
                    throw rejected(HttpStatusCode.NOT_FOUND, "No annotation with key " + annotationId + ".");
                }
                if (!note.getBoolean(3)) {
                    throw rejected(HttpStatusCode.BAD_REQUEST, "The annotation " + annotationId + " has no file.");
                }
                return new Download(newToken(connection, "FB_BLOCK_DOWNLOAD", annotationId), note.getInt(1), note.getString(2));
            }
        });
    }

    /** @return the file's bytes from {@code offset}, at most {@code length} of them */
    byte[] downloadBlock(String token, long offset, long length) {
        if (length <= 0 || length > MAX_DOWNLOAD_BLOCK) {
            throw rejected(HttpStatusCode.BAD_REQUEST, "BlockLength must be 1 to " + MAX_DOWNLOAD_BLOCK + " bytes.");
        }
        return database.read("download a block", connection -> {
            String annotationId = tokenNote(connection, "FB_BLOCK_DOWNLOAD", token);
            try (PreparedStatement query = reachedNote(connection, "FILESIZE, DOCUMENTBODY", annotationId);
                    ResultSet note = query.executeQuery()) {
                Clob body = note.next() ? note.getClob(2) : null;
                if (body == null) {
                    throw rejected(HttpStatusCode.NOT_FOUND, "The annotation of this download no longer exists or has no file.");
                }
                int size = note.getInt(1);
                if (offset < 0 || offset >= size) {
                    throw rejected(HttpStatusCode.BAD_REQUEST, "Offset must be 0 to " + (size - 1) + " for this file.");
                }
                return slice(body, offset, Math.min(size, offset + length));
            }
        });
    }

    /** Reads only the base64 characters that hold bytes {@code from} to {@code to}: four characters per three bytes. */
    private static byte[] slice(Clob body, long from, long to) throws SQLException {
        long firstGroup = from / 3;
        long lastGroup = (to + 2) / 3;
        long chars = Math.min(body.length() - firstGroup * 4, (lastGroup - firstGroup) * 4);
        byte[] groups = Base64.getDecoder().decode(body.getSubString(firstGroup * 4 + 1, (int) chars));
        int start = (int) (from - firstGroup * 3);
        return Arrays.copyOfRange(groups, start, start + (int) (to - from));
    }

    private byte[] assemble(Connection connection, String token, List<String> blockList) throws SQLException {
        tokenNote(connection, "FB_BLOCK_UPLOAD", token);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (PreparedStatement query = connection.prepareStatement("SELECT DATA FROM FB_UPLOAD_BLOCK WHERE TOKEN = ? AND BLOCKID = ?")) {
            for (String blockId : blockList) {
                JdbcValues.bindAll(query, List.of(token, blockId));
                try (ResultSet block = query.executeQuery()) {
                    if (!block.next()) {
                        throw rejected(HttpStatusCode.BAD_REQUEST, "The block '" + blockId + "' of BlockList was not uploaded.");
                    }
                    file.writeBytes(block.getBytes(1));
                }
                NoteFiles.requireWithinLimit(connection, file.size());
            }
        }
        return file.toByteArray();
    }

    private PreparedStatement reachedNote(Connection connection, String columns, String annotationId) throws SQLException {
        SqlFilter where = SqlFilter.and(new SqlFilter("ID = ?", List.of(annotationId)), access.rows(notes));
        PreparedStatement query = connection.prepareStatement("SELECT " + columns + " FROM ANNOTATION WHERE " + where.sql());
        JdbcValues.bindAll(query, where.parameters());
        return query;
    }

    /** @return the note of the user's token in {@code table}; refused for an unknown token or another user's */
    private String tokenNote(Connection connection, String table, String token) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT USERNAME, ANNOTATIONID FROM " + table + " WHERE TOKEN = ?")) {
            query.setString(1, token);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw rejected(HttpStatusCode.NOT_FOUND, "The FileContinuationToken is unknown, or its upload was committed: begin again with"
                            + " an Initialize message.");
                }
                if (!row.getString(1).equals(userName)) {
                    throw rejected(HttpStatusCode.FORBIDDEN, "The FileContinuationToken belongs to another user.");
                }
                return row.getString(2);
            }
        }
    }

    private String newToken(Connection connection, String table, String annotationId) throws SQLException {
        byte[] random = new byte[32];
        TOKENS.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (TOKEN, USERNAME, ANNOTATIONID, CREATEDON) VALUES (?, ?, ?, ?)")) {
            JdbcValues.bindAll(insert, List.of(token, userName, annotationId, Timestamp.from(Instant.now())));
            insert.executeUpdate();
        }
        return token;
    }

    private static Void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            JdbcValues.bindAll(statement, List.of(parameters));
            statement.executeUpdate();
        }
        return null;
    }

    private static EntityRecords.Rejected rejected(HttpStatusCode status, String message) {
        return new EntityRecords.Rejected(new ODataApplicationException(message, status.getStatusCode(), Locale.ROOT,
                ErrorCodes.of(status.getStatusCode())));
    }
}
