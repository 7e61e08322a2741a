package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.store.SyncStates;
import org.fieldbook.store.TableSyncState;

/** The FB_SYNC_STATE table: one row per table, created by its first checkpoint. */
final class JdbcSyncStates implements SyncStates {

    private final DerbyDatabase database;

    JdbcSyncStates(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public TableSyncState get(String table) {
        return database.read("read the sync state of " + table, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT DELTA_TOKEN, WATERMARK, NEXT_LINK, ROWS_APPLIED, "
                    + "LAST_SUCCESS, NEXT_DUE FROM FB_SYNC_STATE WHERE TABLE_NAME = ?")) {
                query.setString(1, table);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return new TableSyncState(table, null, null, null, 0, null, null);
                    }
                    long watermark = row.getLong("WATERMARK");
                    Long knownWatermark = row.wasNull() ? null : watermark;
                    return new TableSyncState(table, row.getString("DELTA_TOKEN"), knownWatermark, row.getString("NEXT_LINK"),
                            row.getLong("ROWS_APPLIED"), JdbcValues.instant(row.getTimestamp("LAST_SUCCESS", JdbcValues.utc())),
                            JdbcValues.instant(row.getTimestamp("NEXT_DUE", JdbcValues.utc())));
                }
            }
        });
    }

    @Override
    public void completed(List<Completion> completions) {
        if (completions.isEmpty()) {
            return;
        }
        database.transaction("record the sync of " + completions.size() + " tables", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE FB_SYNC_STATE SET NEXT_LINK = NULL, LAST_SUCCESS = ?, NEXT_DUE = ? WHERE TABLE_NAME = ?")) {
                for (Completion completion : completions) {
                    ensureRow(connection, completion.table());
                    update.setTimestamp(1, JdbcValues.utcTimestamp(completion.at()), JdbcValues.utc());
                    update.setTimestamp(2, JdbcValues.utcTimestamp(completion.nextDue()), JdbcValues.utc());
                    update.setString(3, completion.table());
                    update.executeUpdate();
                }
                return completions.size();
            }
        });
    }

    @Override
    public void restart(String table) {
        database.transaction("restart the sync of " + table, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE FB_SYNC_STATE SET NEXT_LINK = NULL, DELTA_TOKEN = NULL, WATERMARK = NULL WHERE TABLE_NAME = ?")) {
                update.setString(1, table);
                return update.executeUpdate();
            }
        });
    }

    /** Saves where the download stands, in the caller's transaction (the page's). */
    void saveCheckpoint(Connection connection, String table, String nextLink, String deltaToken, Long watermark, int rows)
            throws SQLException {
        ensureRow(connection, table);
        try (PreparedStatement update = connection.prepareStatement("UPDATE FB_SYNC_STATE SET NEXT_LINK = ?, "
                + "DELTA_TOKEN = COALESCE(CAST(? AS VARCHAR(4000)), DELTA_TOKEN), WATERMARK = COALESCE(CAST(? AS BIGINT), WATERMARK), ROWS_APPLIED = ROWS_APPLIED + ? "
                + "WHERE TABLE_NAME = ?")) {
            update.setString(1, nextLink);
            update.setString(2, deltaToken);
            if (watermark == null) {
                update.setNull(3, Types.BIGINT);
            } else {
                update.setLong(3, watermark);
            }
            update.setInt(4, rows);
            update.setString(5, table);
            update.executeUpdate();
        }
    }

    private static void ensureRow(Connection connection, String table) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_SYNC_STATE (TABLE_NAME) SELECT CAST(? AS VARCHAR(128)) FROM SYSIBM.SYSDUMMY1 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM FB_SYNC_STATE WHERE TABLE_NAME = ?)")) {
            insert.setString(1, table);
            insert.setString(2, table);
            insert.executeUpdate();
        }
    }
}
