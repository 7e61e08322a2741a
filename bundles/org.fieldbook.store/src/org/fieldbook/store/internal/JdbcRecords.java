package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.Records;
import org.fieldbook.store.StoreException;

/** Reads whole rows of any record table. */
final class JdbcRecords implements Records {

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final JdbcOutbox outbox;

    JdbcRecords(DerbyDatabase database, StoreSchema schema, JdbcOutbox outbox) {
        this.database = database;
        this.schema = schema;
        this.outbox = outbox;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Record> Optional<T> find(EClass table, String id) {
        TableMapping mapping = schema.table(table);
        return database.read("read " + mapping.logicalName() + " " + id, connection -> (Optional<T>) find(connection, mapping, id));
    }

    @Override
    public boolean hasPendingChanges(EClass table, String id) {
        TableMapping mapping = schema.table(table);
        return database.read("read the outbox", connection -> outbox.hasEntries(connection, mapping.logicalName(), id));
    }

    @Override
    public int count(EClass table) {
        TableMapping mapping = schema.table(table);
        return database.read("count " + mapping.logicalName(), connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + mapping.sqlTable())) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public Map<String, Long> versions(EClass table) {
        TableMapping mapping = schema.table(table);
        return database.read("read the versions of " + mapping.logicalName(), connection -> {
            Map<String, Long> versions = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ID, VERSIONNUMBER FROM " + mapping.sqlTable())) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
            return versions;
        });
    }

    @Override
    public Set<String> referencedKeys(EClass table, String lookupColumn) {
        TableMapping mapping = schema.table(table);
        ColumnMapping column = column(mapping, lookupColumn);
        return database.read("read the keys " + mapping.logicalName() + " points at", connection -> {
            Set<String> keys = new HashSet<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT DISTINCT "
                    + column.sqlName() + " FROM " + mapping.sqlTable() + " WHERE " + column.sqlName() + " IS NOT NULL")) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        });
    }

    @Override
    public List<String> referencing(EClass table, String lookupColumn, String key, int limit) {
        TableMapping mapping = schema.table(table);
        ColumnMapping column = column(mapping, lookupColumn);
        return database.read("read what points at " + key, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM " + mapping.sqlTable() + " WHERE "
                    + column.sqlName() + " = ? ORDER BY ID FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
                query.setString(1, key);
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public List<OutboxEntry.Operation> pendingOperations(EClass table, String id) {
        TableMapping mapping = schema.table(table);
        return database.read("read the outbox", connection -> outbox.entriesFor(connection, mapping.logicalName(), id).stream()
                .map(OutboxEntry::operation).toList());
    }

    private static ColumnMapping column(TableMapping mapping, String dataverseName) {
        return mapping.columns().stream().filter(candidate -> candidate.dataverseName().equals(dataverseName)).findFirst()
                .orElseThrow(() -> new StoreException(mapping.logicalName() + " has no column " + dataverseName));
    }

    static Optional<Record> find(Connection connection, TableMapping mapping, String id) throws SQLException {
        List<Record> found = select(connection, mapping, "WHERE ID = ?", id);
        return found.stream().findFirst();
    }

    /** @return the rows matching {@code where}, whose parameters are all text */
    static List<Record> select(Connection connection, TableMapping mapping, String where, String... parameters)
            throws SQLException {
        return mapping.select(connection, where, List.of(parameters));
    }
}
