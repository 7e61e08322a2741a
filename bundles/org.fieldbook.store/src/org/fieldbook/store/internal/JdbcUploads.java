package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.FieldText;
import org.fieldbook.store.Uploads;

/** Writes the server's answers to uploads: new versions of rows and, when the server wins, its rows. */
final class JdbcUploads implements Uploads {

    private static final String VERSION_COLUMN = ColumnMapping.sqlName("versionnumber");

    private final DerbyDatabase database;
    private final StoreSchema schema;
    private final JdbcOutbox outbox;
    private final WorkOrderSearchIndex searchIndex;

    JdbcUploads(DerbyDatabase database, StoreSchema schema, JdbcOutbox outbox, WorkOrderSearchIndex searchIndex) {
        this.database = database;
        this.schema = schema;
        this.outbox = outbox;
        this.searchIndex = searchIndex;
    }

    @Override
    public void confirm(EClass table, String id, List<Long> sequences, long version) {
        TableMapping mapping = schema.table(table);
        database.transaction("confirm the upload of " + mapping.logicalName() + " " + id, connection -> {
            outbox.remove(connection, sequences);
            if (version > 0) {
                setVersion(connection, mapping, id, version);
                outbox.rebase(connection, mapping.logicalName(), id, FieldText.etag(version));
            }
            return null;
        });
    }

    @Override
    public void confirmOver(EClass table, String id, List<Long> sequences, Record serverRow, long version) {
        TableMapping mapping = schema.table(table);
        database.transaction("confirm the upload of " + mapping.logicalName() + " " + id, connection -> {
            Set<String> devicesColumns = new HashSet<>();
            outbox.entriesFor(connection, mapping.logicalName(), id)
                    .forEach(entry -> devicesColumns.addAll(entry.changedFields().keySet()));
            outbox.remove(connection, sequences);
            Optional<Record> local = JdbcRecords.find(connection, mapping, id);
            if (local.isPresent()) {
                Record row = local.get();
                mapping.columns().stream().filter(column -> !devicesColumns.contains(column.dataverseName()))
                        .forEach(column -> row.eSet(column.feature(), serverRow.eGet(column.feature())));
                row.setVersionNumber(version);
                execute(connection, mapping.updateSql(), statement -> mapping.bindRow(statement, row));
                searchIndex.written(connection, mapping, List.of(row));
            }
            outbox.rebase(connection, mapping.logicalName(), id, FieldText.etag(version));
            return null;
        });
    }

    @Override
    public void takeServerRow(EClass table, String id, Record serverRow) {
        TableMapping mapping = schema.table(table);
        database.transaction("take the server's " + mapping.logicalName() + " " + id, connection -> {
            if (serverRow == null) {
                execute(connection, mapping.deleteSql(), statement -> statement.setString(1, id));
                searchIndex.deleted(connection, mapping, List.of(id));
            } else {
                if (execute(connection, mapping.updateSql(), statement -> mapping.bindRow(statement, serverRow)) == 0) {
                    execute(connection, mapping.insertSql(), statement -> mapping.bindRow(statement, serverRow));
                }
                searchIndex.written(connection, mapping, List.of(serverRow));
            }
            outbox.removeFor(connection, mapping.logicalName(), id);
            return null;
        });
    }

    private static void setVersion(Connection connection, TableMapping mapping, String id, long version) throws SQLException {
        execute(connection, "UPDATE " + mapping.sqlTable() + " SET " + VERSION_COLUMN + " = ? WHERE ID = ?", statement -> {
            statement.setLong(1, version);
            statement.setString(2, id);
        });
    }

    private static int execute(Connection connection, String sql, Binding binding) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            return statement.executeUpdate();
        }
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
