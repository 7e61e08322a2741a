package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.model.Record;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.Downloads;

/** Applies a downloaded page with JDBC batches, in one transaction with the table's checkpoint. */
final class JdbcDownloads implements Downloads {

    /** Keys per {@code IN (...)} lookup of existing rows. */
    private static final int KEYS_PER_QUERY = 500;

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final JdbcOutbox outbox;
    private final JdbcSyncStates syncStates;

    JdbcDownloads(DerbyDatabase database, StoreSchema schema, JdbcOutbox outbox, JdbcSyncStates syncStates) {
        this.database = database;
        this.schema = schema;
        this.outbox = outbox;
        this.syncStates = syncStates;
    }

    @Override
    public ApplyResult apply(DownloadPage page) {
        TableMapping mapping = schema.table(page.table());
        return database.transaction("apply a page of " + mapping.logicalName(), connection -> {
            Set<String> pending = outbox.pendingIds(connection, mapping.logicalName());
            List<String> heldBack = new ArrayList<>();
            List<Record> rows = new ArrayList<>();
            for (Record row : page.rows()) {
                if (pending.contains(row.getId())) {
                    heldBack.add(row.getId());
                } else {
                    rows.add(row);
                }
            }
            List<String> deletions = new ArrayList<>();
            for (String id : page.deletedIds()) {
                (pending.contains(id) ? heldBack : deletions).add(id);
            }
            upsert(connection, mapping, rows);
            int deleted = delete(connection, mapping, deletions);
            syncStates.saveCheckpoint(connection, mapping.logicalName(), page.nextLink(), page.deltaToken(), page.watermark(),
                    rows.size());
            return new ApplyResult(rows.size(), deleted, Collections.unmodifiableList(heldBack));
        });
    }

    private static void upsert(Connection connection, TableMapping mapping, List<Record> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> existing = existingIds(connection, mapping, rows.stream().map(Record::getId).toList());
        try (PreparedStatement update = connection.prepareStatement(mapping.updateSql());
                PreparedStatement insert = connection.prepareStatement(mapping.insertSql())) {
            for (Record row : rows) {
                PreparedStatement statement = existing.contains(row.getId()) ? update : insert;
                mapping.bindRow(statement, row);
                statement.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static int delete(Connection connection, TableMapping mapping, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(mapping.deleteSql())) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            for (int count : delete.executeBatch()) {
                deleted += Math.max(count, 0);
            }
        }
        return deleted;
    }

    private static Set<String> existingIds(Connection connection, TableMapping mapping, List<String> ids) throws SQLException {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(from + KEYS_PER_QUERY, ids.size()));
            String sql = "SELECT ID FROM " + mapping.sqlTable() + " WHERE ID IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        existing.add(found.getString(1));
                    }
                }
            }
        }
        return existing;
    }
}
