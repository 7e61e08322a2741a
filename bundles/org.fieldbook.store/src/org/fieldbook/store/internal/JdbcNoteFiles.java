package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.StoreException;

/** The sync's side of notes' files: each block sent or fetched is committed on its own. */
final class JdbcNoteFiles implements NoteFileTransfers {

    /**
     * Downloaded notes with a file that is not whole here: no file row yet, or one for another size (the office's
     * file was replaced), or one still filling. The technician's own files (waiting for upload) are whole.
     */
    private static final String MISSING = "SELECT A.ID, A.FILESIZE, (SELECT COUNT(*) FROM FB_NOTE_BLOCK B WHERE B.NOTE_ID = A.ID"
            + " AND F.FILE_SIZE = A.FILESIZE) AS HERE FROM ANNOTATION A LEFT JOIN FB_NOTE_FILE F ON F.NOTE_ID = A.ID"
            + " WHERE A.FILESIZE > 0 AND (F.NOTE_ID IS NULL OR NOT F.COMPLETE OR (F.FILE_SIZE <> A.FILESIZE AND NOT F.UPLOAD_PENDING))";

    private final DerbyDatabase database;

    JdbcNoteFiles(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public List<PendingUpload> pendingUploads() {
        return database.read("list the files waiting for upload", connection -> {
            List<PendingUpload> uploads = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT F.NOTE_ID, A.OBJECTID_VALUE, A.SUBJECT, A.FILENAME,"
                    + " A.MIMETYPE, F.FILE_SIZE, F.BLOCKS, F.UPLOAD_TOKEN FROM FB_NOTE_FILE F JOIN ANNOTATION A ON A.ID = F.NOTE_ID"
                    + " WHERE F.UPLOAD_PENDING AND F.PROBLEM IS NULL AND NOT EXISTS (SELECT 1 FROM FB_OUTBOX O"
                    + " WHERE O.TABLE_NAME = 'annotation' AND O.RECORD_ID = F.NOTE_ID) ORDER BY F.FILE_SIZE, F.NOTE_ID");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String noteId = rows.getString(1);
                    String token = rows.getString(8);
                    uploads.add(new PendingUpload(noteId, rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getLong(6), rows.getInt(7), token, token == null ? Set.of() : sentBlocks(connection, noteId)));
                }
            }
            return uploads;
        });
    }

    private static Set<Integer> sentBlocks(Connection connection, String noteId) throws SQLException {
        Set<Integer> sent = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT BLOCK_INDEX FROM FB_NOTE_BLOCK WHERE NOTE_ID = ? AND SENT")) {
            query.setString(1, noteId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sent.add(rows.getInt(1));
                }
            }
        }
        return sent;
    }

    @Override
    public byte[] block(String noteId, int index) {
        return database.read("read a block of a note's file", connection -> NoteBlockTable.block(connection, noteId, index))
                .orElseThrow(() -> new StoreException("Block " + index + " of the file of note " + noteId + " is not on the device."));
    }

    @Override
    public void uploadBegun(String noteId, String token) {
        database.transaction("remember an upload's token", connection -> {
            NoteBlockTable.update(connection, "UPDATE FB_NOTE_FILE SET UPLOAD_TOKEN = ? WHERE NOTE_ID = ?", token, noteId);
            return NoteBlockTable.update(connection, "UPDATE FB_NOTE_BLOCK SET SENT = FALSE WHERE NOTE_ID = ?", noteId);
        });
    }

    @Override
    public void blockSent(String noteId, int index) {
        database.transaction("remember a block sent", connection -> NoteBlockTable.update(connection,
                "UPDATE FB_NOTE_BLOCK SET SENT = TRUE WHERE NOTE_ID = ? AND BLOCK_INDEX = ?", noteId, index));
    }

    @Override
    public void uploaded(String noteId) {
        database.transaction("remember a file uploaded", connection -> NoteBlockTable.update(connection,
                "UPDATE FB_NOTE_FILE SET UPLOAD_PENDING = FALSE, UPLOAD_TOKEN = NULL WHERE NOTE_ID = ?", noteId));
    }

    @Override
    public void refused(String noteId, String problem) {
        database.transaction("remember a file refused", connection -> NoteBlockTable.update(connection,
                "UPDATE FB_NOTE_FILE SET PROBLEM = ?, UPLOAD_TOKEN = NULL WHERE NOTE_ID = ?", problem, noteId));
    }

    @Override
    public List<MissingFile> missingFiles(long largest) {
        return database.read("list the files to fetch", connection -> missing(connection, " AND A.FILESIZE <= ? ORDER BY A.FILESIZE, A.ID",
                largest));
    }

    @Override
    public Optional<MissingFile> missingFile(String noteId) {
        return database.read("read a file to fetch", connection -> missing(connection, " AND A.ID = ?", noteId).stream().findFirst());
    }

    private static List<MissingFile> missing(Connection connection, String where, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(MISSING + where)) {
            JdbcValues.bindAll(query, List.of(parameter));
            List<MissingFile> files = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new MissingFile(rows.getString(1), rows.getLong(2), rows.getInt(3)));
                }
            }
            return files;
        }
    }

    @Override
    public void blockFetched(String noteId, int index, byte[] data) {
        database.transaction("store a fetched block", connection -> {
            MissingFile file = missing(connection, " AND A.ID = ?", noteId).stream().findFirst()
                    .orElseThrow(() -> new StoreException("The note " + noteId + " has no file left to fetch."));
            if (index != file.blocksOnDevice()) {
                throw new StoreException("Block " + index + " of note " + noteId + " arrived where block " + file.blocksOnDevice()
                        + " was expected.");
            }
            if (index == 0) {
                NoteBlockTable.update(connection, "DELETE FROM FB_NOTE_FILE WHERE NOTE_ID = ?", noteId);
                NoteBlockTable.insertFile(connection, noteId, file.fileSize(), false);
            }
            NoteBlockTable.insertBlock(connection, noteId, index, data);
            if (index + 1 == NoteBlockTable.blockCount(file.fileSize())) {
                NoteBlockTable.update(connection, "UPDATE FB_NOTE_FILE SET COMPLETE = TRUE WHERE NOTE_ID = ?", noteId);
            }
            return null;
        });
    }

    @Override
    public void forgetOrphans() {
        database.transaction("forget the files of notes gone", connection -> NoteBlockTable.update(connection,
                "DELETE FROM FB_NOTE_FILE WHERE NOT EXISTS (SELECT 1 FROM ANNOTATION A WHERE A.ID = FB_NOTE_FILE.NOTE_ID)"));
    }
}
