package org.fieldbook.store.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.store.WorkOrderNotes;

/** The SQL of FB_NOTE_FILE and FB_NOTE_BLOCK: a note's file kept in blocks in the encrypted database. */
final class NoteBlockTable {

    private NoteBlockTable() {
    }

    static int blockCount(long fileSize) {
        return (int) ((fileSize + WorkOrderNotes.BLOCK_SIZE - 1) / WorkOrderNotes.BLOCK_SIZE);
    }

    /** Describes a file of {@code size} bytes, none of its blocks here yet. */
    static void insertFile(Connection connection, String noteId, long size, boolean uploadPending) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_NOTE_FILE"
                + " (NOTE_ID, FILE_SIZE, BLOCKS, COMPLETE, UPLOAD_PENDING) VALUES (?, ?, ?, FALSE, ?)")) {
            JdbcValues.bindAll(insert, List.of(noteId, size, blockCount(size), uploadPending));
            insert.executeUpdate();
        }
    }

    /** Stores a whole file, block by block, and marks it complete. */
    static void insertWhole(Connection connection, String noteId, byte[] file) throws SQLException {
        for (int index = 0; index < blockCount(file.length); index++) {
            int from = index * WorkOrderNotes.BLOCK_SIZE;
            insertBlock(connection, noteId, index, Arrays.copyOfRange(file, from, Math.min(file.length, from + WorkOrderNotes.BLOCK_SIZE)));
        }
        update(connection, "UPDATE FB_NOTE_FILE SET COMPLETE = TRUE WHERE NOTE_ID = ?", noteId);
    }

    static void insertBlock(Connection connection, String noteId, int index, byte[] data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_NOTE_BLOCK (NOTE_ID, BLOCK_INDEX, BLOCK_LENGTH, DATA) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, noteId);
            insert.setInt(2, index);
            insert.setInt(3, data.length);
            insert.setBytes(4, data);
            insert.executeUpdate();
        }
    }

    static Optional<byte[]> block(Connection connection, String noteId, int index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT DATA FROM FB_NOTE_BLOCK WHERE NOTE_ID = ? AND BLOCK_INDEX = ?")) {
            query.setString(1, noteId);
            query.setInt(2, index);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** @return the file when it is complete on the device */
    static Optional<byte[]> wholeFile(Connection connection, String noteId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT B.DATA FROM FB_NOTE_FILE F JOIN FB_NOTE_BLOCK B"
                + " ON B.NOTE_ID = F.NOTE_ID WHERE F.NOTE_ID = ? AND F.COMPLETE ORDER BY B.BLOCK_INDEX")) {
            query.setString(1, noteId);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            boolean any = false;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    file.writeBytes(rows.getBytes(1));
                    any = true;
                }
            }
            return any ? Optional.of(file.toByteArray()) : Optional.empty();
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            JdbcValues.bindAll(statement, List.of(parameters));
            return statement.executeUpdate();
        }
    }
}
