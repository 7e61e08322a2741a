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
                    + "RECORD_ID, HTTP_STATUS, ERROR_TYPE, MESSAGE, RESOLVED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                insert.setBoolean(8, error.isResolved());
                insert.executeUpdate();
                return error;
            }
        });
    }

    @Override
    public List<SyncError> unresolved() {
        return database.read("read sync errors", connection -> {
            List<SyncError> errors = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, OCCURRED_AT, TABLE_NAME, RECORD_ID, HTTP_STATUS, "
                    + "ERROR_TYPE, MESSAGE FROM FB_SYNC_ERROR WHERE RESOLVED = FALSE ORDER BY OCCURRED_AT DESC, ID");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add(error(rows));
                }
            }
            return errors;
        });
    }

    @Override
    public void resolve(String id) {
        database.transaction("resolve sync error " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE FB_SYNC_ERROR SET RESOLVED = TRUE WHERE ID = ?")) {
                update.setString(1, id);
                return update.executeUpdate();
            }
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
        return error;
    }
}
