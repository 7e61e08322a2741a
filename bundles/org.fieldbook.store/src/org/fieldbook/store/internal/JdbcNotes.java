package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.InvalidRecordException;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.WorkOrderNotes;

/** Notes in the ANNOTATION table, their files in FB_NOTE_FILE and FB_NOTE_BLOCK. */
final class JdbcNotes implements WorkOrderNotes {

    /**
     * A note with its file's state. The file's size comes from the device's own record of it when there is one: the
     * office's row says 0 until the file's upload is committed.
     */
    private static final String SELECT = "SELECT A.ID, A.OBJECTID_VALUE, A.SUBJECT, A.NOTETEXT, A.FILENAME, A.MIMETYPE,"
            + " COALESCE(F.FILE_SIZE, A.FILESIZE, 0) AS FILE_SIZE, CASE WHEN F.COMPLETE THEN 1 ELSE 0 END AS ON_DEVICE, A.CREATEDON,"
            + " CASE WHEN F.UPLOAD_PENDING OR EXISTS (SELECT 1 FROM FB_OUTBOX O WHERE O.TABLE_NAME = 'annotation'"
            + " AND O.RECORD_ID = A.ID) THEN 1 ELSE 0 END AS WAITING, F.PROBLEM FROM ANNOTATION A LEFT JOIN FB_NOTE_FILE F"
            + " ON F.NOTE_ID = A.ID ";

    private static final DataverseTable NOTE_COLUMNS = DataverseSchema.fieldbook().byClass(FieldbookPackage.Literals.ANNOTATION)
            .orElseThrow();

    private final DerbyDatabase database;
    private final JdbcLocalEdits edits;
    private final JdbcOutbox outbox;

    JdbcNotes(DerbyDatabase database, JdbcLocalEdits edits, JdbcOutbox outbox) {
        this.database = database;
        this.edits = edits;
        this.outbox = outbox;
    }

    @Override
    public Note add(NoteDraft draft) {
        Annotation note = FieldbookFactory.eINSTANCE.createAnnotation();
        note.setId(UUID.randomUUID().toString());
        note.setSubject(draft.subject());
        note.setNoteText(draft.text());
        note.setCreatedOn(Instant.now());
        if (draft.hasFile()) {
            note.setFileName(draft.fileName());
            note.setMimeType(draft.mimeType());
        }
        requireFits(note);
        database.transaction("add a note", connection -> {
            note.setObjectId(workOrder(connection, draft.workOrderId()));
            edits.create(connection, note);
            if (draft.hasFile()) {
                NoteBlockTable.insertFile(connection, note.getId(), draft.file().length, true);
                NoteBlockTable.insertWhole(connection, note.getId(), draft.file());
            }
            return null;
        });
        outbox.edited();
        return find(note.getId()).orElseThrow();
    }

    /** The model's constraints and the columns' lengths, so that a note too long is refused by name before anything is written. */
    private static void requireFits(Annotation note) {
        RecordValidation.requireValid(note);
        List<String> problems = NOTE_COLUMNS.columns().stream().filter(column -> column.maxLength() > 0)
                .filter(column -> note.eGet(column.attribute()) instanceof String text && text.length() > column.maxLength())
                .map(column -> "The note's " + column.attribute().getName() + " is longer than " + column.maxLength() + " characters")
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    private static WorkOrder workOrder(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM MSDYN_WORKORDER WHERE ID = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("The work order " + id + " is not on this device, so no note can be added to it.");
                }
            }
        }
        return (WorkOrder) FieldText.reference(FieldbookPackage.Literals.WORK_ORDER, id);
    }

    @Override
    public List<Note> of(String workOrderId) {
        return database.read("read the notes of a work order",
                connection -> notes(connection, "WHERE A.OBJECTID_VALUE = ? ORDER BY A.CREATEDON DESC, A.ID", workOrderId));
    }

    @Override
    public Optional<Note> find(String id) {
        return database.read("read a note", connection -> notes(connection, "WHERE A.ID = ?", id).stream().findFirst());
    }

    @Override
    public Optional<byte[]> file(String id) {
        return database.read("read a note's file", connection -> NoteBlockTable.wholeFile(connection, id));
    }

    @Override
    public long bytesOnDevice() {
        return database.read("measure the notes' files", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(CAST(BLOCK_LENGTH AS BIGINT)), 0)"
                    + " FROM FB_NOTE_BLOCK"); ResultSet sum = query.executeQuery()) {
                sum.next();
                return sum.getLong(1);
            }
        });
    }

    private static List<Note> notes(Connection connection, String where, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + where)) {
            query.setString(1, parameter);
            List<Note> notes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notes.add(new Note(rows.getString("ID"), rows.getString("OBJECTID_VALUE"), rows.getString("SUBJECT"),
                            rows.getString("NOTETEXT"), rows.getString("FILENAME"), rows.getString("MIMETYPE"),
                            rows.getLong("FILE_SIZE"), rows.getBoolean("ON_DEVICE"),
                            JdbcValues.instant(rows.getTimestamp("CREATEDON", JdbcValues.utc())), rows.getBoolean("WAITING"),
                            rows.getString("PROBLEM")));
                }
            }
            return notes;
        }
    }
}
