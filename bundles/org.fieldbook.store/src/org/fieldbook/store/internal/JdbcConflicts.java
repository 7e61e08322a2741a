package org.fieldbook.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.store.Conflicts;

/** The FB_CONFLICT table; each side's values are a JSON object of column to value. */
final class JdbcConflicts implements Conflicts {

    private static final String SELECT = "SELECT ID, TABLE_NAME, RECORD_ID, BASE_VALUES, LOCAL_VALUES, SERVER_VALUES, "
            + "BASE_ETAG, SERVER_ETAG, DETECTED_AT, RESOLUTION, RESOLVED_AT FROM FB_CONFLICT ";

    private final DerbyDatabase database;

    JdbcConflicts(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public Conflict add(Conflict conflict) {
        if (conflict.getId() == null) {
            conflict.setId(UUID.randomUUID().toString());
        }
        if (conflict.getDetectedAt() == null) {
            conflict.setDetectedAt(Instant.now());
        }
        return database.transaction("keep a conflict", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_CONFLICT (ID, TABLE_NAME, RECORD_ID, "
                    + "BASE_VALUES, LOCAL_VALUES, SERVER_VALUES, BASE_ETAG, SERVER_ETAG, DETECTED_AT, RESOLUTION, RESOLVED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, conflict.getId());
                insert.setString(2, conflict.getTableName());
                insert.setString(3, conflict.getRecordId());
                insert.setString(4, FieldValuesJson.write(map(conflict.getBaseValues())));
                insert.setString(5, FieldValuesJson.write(map(conflict.getLocalValues())));
                insert.setString(6, FieldValuesJson.write(map(conflict.getServerValues())));
                insert.setString(7, conflict.getBaseETag());
                insert.setString(8, conflict.getServerETag());
                insert.setTimestamp(9, JdbcValues.utcTimestamp(conflict.getDetectedAt()), JdbcValues.utc());
                insert.setInt(10, conflict.getResolution().getValue());
                insert.setTimestamp(11, JdbcValues.utcTimestamp(conflict.getResolvedAt()), JdbcValues.utc());
                insert.executeUpdate();
                return conflict;
            }
        });
    }

    @Override
    public List<Conflict> open() {
        return query(SELECT + "WHERE RESOLUTION = " + ConflictResolution.OPEN_VALUE + " ORDER BY DETECTED_AT, ID");
    }

    @Override
    public List<Conflict> all() {
        return query(SELECT + "ORDER BY DETECTED_AT DESC, ID");
    }

    @Override
    public void resolve(String id, ConflictResolution resolution, Instant at) {
        database.transaction("resolve conflict " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE FB_CONFLICT SET RESOLUTION = ?, RESOLVED_AT = ? WHERE ID = ?")) {
                update.setInt(1, resolution.getValue());
                update.setTimestamp(2, JdbcValues.utcTimestamp(at), JdbcValues.utc());
                update.setString(3, id);
                return update.executeUpdate();
            }
        });
    }

    private List<Conflict> query(String sql) {
        return database.read("read conflicts", connection -> {
            List<Conflict> conflicts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    conflicts.add(conflict(rows));
                }
            }
            return conflicts;
        });
    }

    private static Conflict conflict(ResultSet row) throws SQLException {
        Conflict conflict = FieldbookFactory.eINSTANCE.createConflict();
        conflict.setId(row.getString("ID"));
        conflict.setTableName(row.getString("TABLE_NAME"));
        conflict.setRecordId(row.getString("RECORD_ID"));
        fill(conflict.getBaseValues(), row.getString("BASE_VALUES"));
        fill(conflict.getLocalValues(), row.getString("LOCAL_VALUES"));
        fill(conflict.getServerValues(), row.getString("SERVER_VALUES"));
        conflict.setBaseETag(row.getString("BASE_ETAG"));
        conflict.setServerETag(row.getString("SERVER_ETAG"));
        conflict.setDetectedAt(JdbcValues.instant(row.getTimestamp("DETECTED_AT", JdbcValues.utc())));
        conflict.setResolution(ConflictResolution.get(row.getInt("RESOLUTION")));
        conflict.setResolvedAt(JdbcValues.instant(row.getTimestamp("RESOLVED_AT", JdbcValues.utc())));
        return conflict;
    }

    private static Map<String, String> map(EList<FieldValue> values) {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(value -> map.put(value.getColumn(), value.getValue()));
        return map;
    }

    private static void fill(EList<FieldValue> values, String json) {
        FieldValuesJson.read(json).forEach((column, text) -> {
            FieldValue value = FieldbookFactory.eINSTANCE.createFieldValue();
            value.setColumn(column);
            value.setValue(text);
            values.add(value);
        });
    }
}
