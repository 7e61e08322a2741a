package org.fieldbook.backoffice.internal;

import static org.fieldbook.jdbc.ColumnMapping.sqlName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncError;

/**
 * The fleet's sync errors, as devices upload them to the Web API's {@code syncerrors}, for people who read
 * every row: filtered, sorted and paged, each with the user whose device uploaded it.
 */
public final class SyncErrors {

    /** The columns a list may be sorted by, by the name a request gives. */
    private static final Map<String, String> SORTS = Map.of("when", sqlName("errortime"), "table", sqlName("name"),
            "record", sqlName("_regardingobjectid_value"), "type", sqlName("errortype"), "message", sqlName("errormessage"));

    private final BackOfficeDatabase database;
    private final TableMapping table;

    public SyncErrors(BackOfficeDatabase database) {
        this.database = database;
        this.table = database.tables().of(FieldbookPackage.Literals.SYNC_ERROR);
    }

    /**
     * Which errors a list shows. Null criteria do not filter.
     *
     * @param user whose device uploaded them
     * @param table the logical name of the table
     * @param type the Dataverse error type code
     * @param from the earliest time, inclusive
     * @param until the latest time, exclusive
     * @param sort one of when, table, record, type, message
     */
    public record Query(String user, String table, Integer type, Instant from, Instant until, String sort, boolean descending,
            int offset, int size) {
        public Query {
            if (sort != null && !SORTS.containsKey(sort)) {
                throw new IllegalArgumentException("Sort by one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()));
            }
            if (offset < 0 || size < 1 || size > 1000) {
                throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to 1000 errors");
            }
        }
    }

    /** @param user whose device uploaded the error, or null when nobody's is known */
    public record Entry(SyncError error, String user) {
    }

    public record Page(List<Entry> entries, int total) {
    }

    public Page list(Query query) {
        SqlFilter where = where(query);
        String order = " ORDER BY " + SORTS.get(query.sort() == null ? "when" : query.sort()) + (query.descending() ? " DESC" : " ASC")
                + ", ID OFFSET " + query.offset() + " ROWS FETCH NEXT " + query.size() + " ROWS ONLY";
        return database.read("list sync errors", connection -> {
            List<SyncError> errors = table.select(connection, "WHERE " + where.sql() + order, where.parameters()).stream()
                    .map(SyncError.class::cast).toList();
            Map<String, String> users = uploaders(connection, errors);
            List<Entry> entries = errors.stream().map(error -> new Entry(error, users.get(error.getId()))).toList();
            return new Page(entries, count(connection, where));
        });
    }

    public Optional<Entry> find(String id) {
        return database.read("read sync error " + id, connection -> {
            List<SyncError> found = table.select(connection, "WHERE ID = ?", List.of(id)).stream().map(SyncError.class::cast).toList();
            Map<String, String> users = uploaders(connection, found);
            return found.stream().findFirst().map(error -> new Entry(error, users.get(id)));
        });
    }

    private SqlFilter where(Query query) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.user() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM FB_OWNED O WHERE O.TABLE_NAME = 'syncerror' AND O.ID = SYNCERROR.ID"
                    + " AND O.USERNAME = ?)");
            parameters.add(query.user());
        }
        condition(sql, parameters, sqlName("name") + " = ?", query.table());
        condition(sql, parameters, sqlName("errortype") + " = ?", query.type());
        condition(sql, parameters, sqlName("errortime") + " >= ?", query.from() == null ? null : JdbcValues.utcTimestamp(query.from()));
        condition(sql, parameters, sqlName("errortime") + " < ?", query.until() == null ? null : JdbcValues.utcTimestamp(query.until()));
        return new SqlFilter(sql.toString(), parameters);
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static int count(Connection connection, SqlFilter where) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM SYNCERROR WHERE " + where.sql())) {
            JdbcValues.bindAll(query, where.parameters());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Map<String, String> uploaders(Connection connection, List<SyncError> errors) throws SQLException {
        Map<String, String> users = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT USERNAME FROM FB_OWNED WHERE TABLE_NAME = 'syncerror' AND ID = ?")) {
            for (SyncError error : errors) {
                query.setString(1, error.getId());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        users.put(error.getId(), rows.getString(1));
                    }
                }
            }
        }
        return users;
    }
}
