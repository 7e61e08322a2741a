package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.store.Outbox;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.OutboxEntry;

/** The FB_OUTBOX table. Writers pass their connection so the entry joins the edit's transaction. */
final class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "SEQ, TABLE_NAME, RECORD_ID, OPERATION, CHANGED_FIELDS, BASE_ETAG, BASE_VALUES, CREATED_AT";

    private final DerbyDatabase database;
    private final List<Runnable> editListeners = new CopyOnWriteArrayList<>();

    JdbcOutbox(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public List<OutboxEntry> pending() {
        return database.read("read the outbox", connection -> query(connection, "SELECT " + COLUMNS + " FROM FB_OUTBOX ORDER BY SEQ"));
    }

    @Override
    public int size() {
        return database.read("count the outbox", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM FB_OUTBOX")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public void addEditListener(Runnable listener) {
        editListeners.add(listener);
    }

    @Override
    public void removeEditListener(Runnable listener) {
        editListeners.remove(listener);
    }

    /** Tells the listeners that a local edit was committed; called once its transaction has ended. */
    void edited() {
        for (Runnable listener : editListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                ILog.of(JdbcOutbox.class).error("An outbox listener failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void remove(long sequence) {
        database.transaction("remove an outbox entry", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_OUTBOX WHERE SEQ = ?")) {
                delete.setLong(1, sequence);
                return delete.executeUpdate();
            }
        });
    }

    void append(Connection connection, String table, String recordId, Operation operation, Map<String, String> changed,
            String baseETag, Map<String, String> baseValues) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_OUTBOX "
                + "(TABLE_NAME, RECORD_ID, OPERATION, CHANGED_FIELDS, BASE_ETAG, BASE_VALUES, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setString(2, recordId);
            insert.setString(3, operation.name());
            insert.setString(4, FieldValuesJson.write(changed));
            insert.setString(5, baseETag);
            insert.setString(6, FieldValuesJson.write(baseValues));
            insert.setTimestamp(7, JdbcValues.utcTimestamp(Instant.now()), JdbcValues.utc());
            insert.executeUpdate();
        }
    }

    /** @return the record's pending entries, oldest first */
    List<OutboxEntry> entriesFor(Connection connection, String table, String recordId) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM FB_OUTBOX WHERE TABLE_NAME = ? AND RECORD_ID = ? ORDER BY SEQ",
                table, recordId);
    }

    void removeFor(Connection connection, String table, String recordId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_OUTBOX WHERE TABLE_NAME = ? AND RECORD_ID = ?")) {
            delete.setString(1, table);
            delete.setString(2, recordId);
            delete.executeUpdate();
        }
    }

    void remove(Connection connection, List<Long> sequences) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_OUTBOX WHERE SEQ = ?")) {
            for (long sequence : sequences) {
                delete.setLong(1, sequence);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Bases the record's pending entries on {@code baseETag}: they were made on top of edits the server now has. */
    void rebase(Connection connection, String table, String recordId, String baseETag) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE FB_OUTBOX SET BASE_ETAG = ? WHERE TABLE_NAME = ? AND RECORD_ID = ?")) {
            update.setString(1, baseETag);
            update.setString(2, table);
            update.setString(3, recordId);
            update.executeUpdate();
        }
    }

    /** @return keys of the table's records with pending entries */
    Set<String> pendingIds(Connection connection, String table) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT RECORD_ID FROM FB_OUTBOX WHERE TABLE_NAME = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    boolean hasEntries(Connection connection, String table, String recordId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM FB_OUTBOX WHERE TABLE_NAME = ? AND RECORD_ID = ? FETCH FIRST 1 ROWS ONLY")) {
            query.setString(1, table);
            query.setString(2, recordId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<OutboxEntry> query(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OutboxEntry(rows.getLong("SEQ"), rows.getString("TABLE_NAME"), rows.getString("RECORD_ID"),
                            Operation.valueOf(rows.getString("OPERATION")), FieldValuesJson.read(rows.getString("CHANGED_FIELDS")),
                            rows.getString("BASE_ETAG"), FieldValuesJson.read(rows.getString("BASE_VALUES")),
                            JdbcValues.instant(rows.getTimestamp("CREATED_AT", JdbcValues.utc()))));
                }
            }
            return entries;
        }
    }
}
