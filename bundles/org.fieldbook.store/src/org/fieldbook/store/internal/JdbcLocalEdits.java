package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.LocalEdits;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.StoreException;

/** Writes each edit and its outbox entry in one transaction. */
final class JdbcLocalEdits implements LocalEdits {

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final JdbcOutbox outbox;
    private final WorkOrderSearchIndex searchIndex;

    JdbcLocalEdits(DerbyDatabase database, StoreSchema schema, JdbcOutbox outbox, WorkOrderSearchIndex searchIndex) {
        this.database = database;
        this.schema = schema;
        this.outbox = outbox;
        this.searchIndex = searchIndex;
    }

    @Override
    public <T extends Record> T create(T record) {
        database.transaction("create " + schema.table(record.eClass()).logicalName(), connection -> create(connection, record));
        outbox.edited();
        return record;
    }

    /** Stores a new record and its outbox entry in the caller's transaction. */
    <T extends Record> T create(Connection connection, T record) throws SQLException {
        if (record.getId() == null || record.getId().isBlank()) {
            record.setId(UUID.randomUUID().toString());
        }
        RecordValidation.requireValid(record);
        TableMapping mapping = schema.table(record.eClass());
        Map<String, String> fields = new LinkedHashMap<>();
        mapping.columns().forEach(column -> {
            String value = FieldText.of(record, column.field());
            if (value != null && record.eIsSet(column.feature())) {
                fields.put(column.dataverseName(), value);
            }
        });
        write(connection, mapping.insertSql(), mapping, record);
        searchIndex.written(connection, mapping, List.of(record));
        outbox.append(connection, mapping.logicalName(), record.getId(), Operation.CREATE, fields, null, Map.of());
        return record;
    }

    @Override
    public boolean update(Record edited) {
        return save(null, edited);
    }

    @Override
    public boolean update(Record seen, Record edited) {
        requireSameRecord(seen, edited);
        return save(seen, edited);
    }

    /** @param seen the record the edit was made from, or null for the stored one */
    private boolean save(Record seen, Record edited) {
        boolean saved = database.transaction("save " + schema.table(edited.eClass()).logicalName() + " " + edited.getId(),
                connection -> save(connection, seen, edited));
        if (saved) {
            outbox.edited();
        }
        return saved;
    }

    private boolean save(Connection connection, Record seen, Record edited) throws SQLException {
        TableMapping mapping = schema.table(edited.eClass());
        Record stored = stored(connection, mapping, edited.getId());
        Record base = seen == null ? stored : seen;
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        for (ColumnMapping column : mapping.columns()) {
            String old = FieldText.of(base, column.field());
            String now = FieldText.of(edited, column.field());
            if (!Objects.equals(old, now)) {
                changed.put(column.dataverseName(), now);
                before.put(column.dataverseName(), old);
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        Record written = changedColumns(stored, edited, mapping, changed.keySet());
        RecordValidation.requireValid(written);
        List<OutboxEntry> earlier = outbox.entriesFor(connection, mapping.logicalName(), edited.getId());
        write(connection, mapping.updateSql(), mapping, written);
        searchIndex.written(connection, mapping, List.of(written));
        outbox.append(connection, mapping.logicalName(), edited.getId(), Operation.UPDATE, changed,
                baseETag(earlier, base), baseValues(earlier, before));
        return true;
    }

    /** @return the stored record with the edited values of the named columns; the stored record's other values stay */
    private static Record changedColumns(Record stored, Record edited, TableMapping mapping, Set<String> columns) {
        mapping.columns().stream().filter(column -> columns.contains(column.dataverseName()))
                .forEach(column -> stored.eSet(column.feature(), edited.eGet(column.feature())));
        return stored;
    }

    @Override
    public void delete(EClass table, String id) {
        database.transaction("delete " + schema.table(table).logicalName() + " " + id, connection -> delete(connection, table, id));
        outbox.edited();
    }

    private Void delete(Connection connection, EClass table, String id) throws SQLException {
        TableMapping mapping = schema.table(table);
        Record stored = stored(connection, mapping, id);
        List<OutboxEntry> earlier = outbox.entriesFor(connection, mapping.logicalName(), id);
        try (PreparedStatement delete = connection.prepareStatement(mapping.deleteSql())) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        searchIndex.deleted(connection, mapping, List.of(id));
        if (createdHere(earlier)) {
            outbox.removeFor(connection, mapping.logicalName(), id); // the server never saw it
        } else {
            outbox.append(connection, mapping.logicalName(), id, Operation.DELETE, Map.of(), baseETag(earlier, stored), Map.of());
        }
        return null;
    }

    @Override
    public void together(String what, Consumer<LocalEdits> edits) {
        database.transaction(what, connection -> {
            edits.accept(new InTransaction(connection));
            return null;
        });
        outbox.edited();
    }

    /** The edits of one {@link #together} call, on its connection; the outbox hears of them once it committed. */
    private final class InTransaction implements LocalEdits {

        private final Connection connection;

        InTransaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        public <T extends Record> T create(T record) {
            return inTransaction(() -> JdbcLocalEdits.this.create(connection, record));
        }

        @Override
        public boolean update(Record edited) {
            return inTransaction(() -> save(connection, null, edited));
        }

        @Override
        public boolean update(Record seen, Record edited) {
            requireSameRecord(seen, edited);
            return inTransaction(() -> save(connection, seen, edited));
        }

        @Override
        public void delete(EClass table, String id) {
            inTransaction(() -> JdbcLocalEdits.this.delete(connection, table, id));
        }

        @Override
        public void together(String what, Consumer<LocalEdits> edits) {
            edits.accept(this);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs a step of a {@link #together} call; its SQL failure rolls the whole transaction back. */
    private static <T> T inTransaction(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Cannot save a change: " + e.getMessage(), e);
        }
    }

    private static void requireSameRecord(Record seen, Record edited) {
        if (!seen.eClass().equals(edited.eClass()) || !seen.getId().equals(edited.getId())) {
            throw new IllegalArgumentException("An edit must change the record it was made from");
        }
    }

    private static Record stored(Connection connection, TableMapping mapping, String id) throws SQLException {
        Optional<Record> stored = JdbcRecords.find(connection, mapping, id);
        return stored.orElseThrow(() -> new StoreException(mapping.eClass().getName() + " " + id + " is not stored on this device"));
    }

    private static void write(Connection connection, String sql, TableMapping mapping, Record record) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            mapping.bindRow(statement, record);
            statement.executeUpdate();
        }
    }

    private static boolean createdHere(List<OutboxEntry> earlier) {
        return !earlier.isEmpty() && earlier.get(0).operation() == Operation.CREATE;
    }

    /** The version the first pending edit was based on: later edits build on it, not on the server anew. */
    private static String baseETag(List<OutboxEntry> earlier, Record stored) {
        return earlier.isEmpty() ? FieldText.etag(stored.getVersionNumber()) : earlier.get(0).baseETag();
    }

    /** A field's base is its value before the first pending edit that changed it. */
    private static Map<String, String> baseValues(List<OutboxEntry> earlier, Map<String, String> before) {
        Map<String, String> base = new LinkedHashMap<>(before);
        for (OutboxEntry entry : earlier.reversed()) {
            entry.baseValues().forEach((column, value) -> {
                if (base.containsKey(column)) {
                    base.put(column, value);
                }
            });
            if (entry.operation() == Operation.CREATE) {
                entry.changedFields().keySet().stream().filter(base::containsKey).forEach(column -> base.put(column, null));
            }
        }
        return base;
    }
}
