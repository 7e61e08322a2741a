package org.fieldbook.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.store.SyncErrors;

/** The FB_SYNC_ERROR table. */
final class JdbcSyncErrors implements SyncErrors {

    private static final String SELECT = "SELECT ID, OCCURRED_AT, TABLE_NAME, RECORD_ID, HTTP_STATUS, ERROR_TYPE, MESSAGE, "
            + "ERROR_CODE, ERROR_DETAIL, ACTION, ACTION_DATA, RESOLVED FROM FB_SYNC_ERROR ";

    private final DerbyDatabase database;

    JdbcSyncErrors(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public SyncError add(SyncError error) {
        if (error.getId() == null) {
            error.setId(UUID.randomUUID().toString());
        }
        if (error.getOccurredAt() == null) {
            error.setOccurredAt(Instant.now());
        }
        return database.transaction("keep a sync error", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_SYNC_ERROR (ID, OCCURRED_AT, TABLE_NAME, "
                    + "RECORD_ID, HTTP_STATUS, ERROR_TYPE, MESSAGE, ERROR_CODE, ERROR_DETAIL, ACTION, ACTION_DATA, RESOLVED) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, error.getId());
                insert.setTimestamp(2, JdbcValues.utcTimestamp(error.getOccurredAt()), JdbcValues.utc());
                insert.setString(3, error.getTableName());
                insert.setString(4, error.getRecordId());
                if (error.getHttpStatus() > 0) {
                    insert.setInt(5, error.getHttpStatus());
                } else {
                    insert.setNull(5, Types.INTEGER);
                }
                insert.setInt(6, error.getErrorType().getValue());
                insert.setString(7, error.getMessage());
                insert.setString(8, error.getErrorCode());
                insert.setString(9, error.getErrorDetail());
                insert.setString(10, error.getAction());
                insert.setString(11, error.getActionData());
                insert.setBoolean(12, error.isResolved());
                insert.executeUpdate();
                return error;
            }
        });
    }

    @Override
    public List<SyncError> unresolved() {
        return query("read sync errors", SELECT + "WHERE RESOLVED = FALSE ORDER BY OCCURRED_AT DESC, ID");
    }

    @Override
    public void resolve(String id) {
        set("RESOLVED", id);
    }

    @Override
    public List<SyncError> notUploaded() {
        return query("read sync errors to upload", SELECT + "WHERE UPLOADED = FALSE ORDER BY OCCURRED_AT, ID");
    }

    @Override
    public void uploaded(String id) {
        set("UPLOADED", id);
    }

    private void set(String flag, String id) {
        database.transaction("mark sync error " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE FB_SYNC_ERROR SET " + flag + " = TRUE WHERE ID = ?")) {
                update.setString(1, id);
                return update.executeUpdate();
            }
        });
    }

    private List<SyncError> query(String what, String sql) {
        return database.read(what, connection -> {
            List<SyncError> errors = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add(error(rows));
                }
            }
            return errors;
        });
    }

    private static SyncError error(ResultSet row) throws SQLException {
        SyncError error = FieldbookFactory.eINSTANCE.createSyncError();
        error.setId(row.getString("ID"));
        error.setOccurredAt(JdbcValues.instant(row.getTimestamp("OCCURRED_AT", JdbcValues.utc())));
        error.setTableName(row.getString("TABLE_NAME"));
        error.setRecordId(row.getString("RECORD_ID"));
        error.setHttpStatus(row.getInt("HTTP_STATUS"));
        error.setErrorType(SyncErrorType.get(row.getInt("ERROR_TYPE")));
        error.setMessage(row.getString("MESSAGE"));
        error.setErrorCode(row.getString("ERROR_CODE"));
        error.setErrorDetail(row.getString("ERROR_DETAIL"));
        error.setAction(row.getString("ACTION"));
        error.setActionData(row.getString("ACTION_DATA"));
        error.setResolved(row.getBoolean("RESOLVED"));
        return error;
    }
}
