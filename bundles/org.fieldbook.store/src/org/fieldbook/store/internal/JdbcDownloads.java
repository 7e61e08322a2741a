package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.jdbc.BulkRows;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.Downloads;

/**
 * Applies a downloaded page with JDBC batches, in one transaction with the table's checkpoint; loads a table
 * downloaded whole through Derby's bulk insert.
 */
final class JdbcDownloads implements Downloads {

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final JdbcOutbox outbox;
    private final JdbcSyncStates syncStates;
    private final WorkOrderSearchIndex searchIndex;

    JdbcDownloads(DerbyDatabase database, StoreSchema schema, JdbcOutbox outbox, JdbcSyncStates syncStates,
            WorkOrderSearchIndex searchIndex) {
        this.database = database;
        this.schema = schema;
        this.outbox = outbox;
        this.syncStates = syncStates;
        this.searchIndex = searchIndex;
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
            searchIndex.written(connection, mapping, rows);
            searchIndex.deleted(connection, mapping, deletions);
            syncStates.saveCheckpoint(connection, mapping.logicalName(), page.nextLink(), page.deltaToken(), page.watermark(),
                    rows.size());
            return new ApplyResult(rows.size(), deleted, Collections.unmodifiableList(heldBack));
        });
    }

    @Override
    public ApplyResult load(EClass table, Iterator<? extends Record> rows, Supplier<DownloadPage> after) {
        TableMapping mapping = schema.table(table);
        return database.transaction("load rows of " + mapping.logicalName(), connection -> {
            Set<String> pending = outbox.pendingIds(connection, mapping.logicalName());
            List<String> heldBack = new ArrayList<>();
            Iterator<Record> admitted = new HeldBack(rows, pending, heldBack);
            int inserted = BulkRows.insert(connection, mapping, admitted);
            searchIndex.loaded(connection, mapping);
            DownloadPage checkpoint = after.get();
            syncStates.saveCheckpoint(connection, mapping.logicalName(), checkpoint.nextLink(), checkpoint.deltaToken(),
                    checkpoint.watermark(), inserted);
            return new ApplyResult(inserted, 0, Collections.unmodifiableList(heldBack));
        });
    }

    /** The rows of a load but those with pending local edits, whose keys it notes instead. */
    private static final class HeldBack implements Iterator<Record> {

        private final Iterator<? extends Record> rows;
        private final Set<String> pending;
        private final List<String> heldBack;
        private Record next;

        HeldBack(Iterator<? extends Record> rows, Set<String> pending, List<String> heldBack) {
            this.rows = rows;
            this.pending = pending;
            this.heldBack = heldBack;
        }

        @Override
        public boolean hasNext() {
            while (next == null && rows.hasNext()) {
                Record row = rows.next();
                if (pending.contains(row.getId())) {
                    heldBack.add(row.getId());
                } else {
                    next = row;
                }
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record row = next;
            next = null;
            return row;
        }
    }

    /**
     * Updates the rows the table holds and inserts the others. Which is which is one primary-key probe per
     * row, lighter than an update that matches nothing: on a first sync every row is new, and binding all of
     * its columns to an update first cost as much again as the insert's binding. Probes by key keep the plan
     * right however much the table grows during a first sync.
     */
    private static void upsert(Connection connection, TableMapping mapping, List<Record> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Record> stored = new ArrayList<>();
        List<Record> added = new ArrayList<>();
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM " + mapping.sqlTable() + " WHERE ID = ?")) {
            for (Record row : rows) {
                exists.setString(1, row.getId());
                try (ResultSet found = exists.executeQuery()) {
                    (found.next() ? stored : added).add(row);
                }
            }
        }
        write(connection, mapping.updateSql(), mapping, stored);
        write(connection, mapping.insertSql(), mapping, added);
    }

    private static void write(Connection connection, String sql, TableMapping mapping, List<Record> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Record row : rows) {
                mapping.bindRow(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
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
}
