package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.fieldbook.store.StoreException;

/**
 * Brings a database to the schema this code knows, one forward migration at a time, each in its own
 * transaction with the version bump. A database newer than this code is refused and left untouched.
 */
public final class SchemaMigrations {

    private static final String VERSION_TABLE = "FB_SCHEMA_VERSION";

    /** Migration N (1-based) takes the schema from version N-1 to N. Append; never edit a shipped one. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("""
                    CREATE TABLE BOOKING (
                      ID VARCHAR(36) NOT NULL PRIMARY KEY,
                      NAME VARCHAR(200),
                      START_TIME TIMESTAMP NOT NULL,
                      END_TIME TIMESTAMP NOT NULL,
                      STATUS_ID VARCHAR(36),
                      WORK_ORDER_ID VARCHAR(36),
                      VERSION_NUMBER BIGINT)""",
                    "CREATE INDEX BOOKING_START ON BOOKING (START_TIME)"));

    private SchemaMigrations() {
    }

    /** @return the schema version this code creates and understands */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Migrates the database to {@link #latestVersion()} and returns that version. */
    public static int migrate(Connection connection) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException("The local database has schema version " + current
                    + ", newer than this Fieldbook understands (" + latestVersion()
                    + "). It was left untouched: update Fieldbook to open it.");
        }
        for (int next = current + 1; next <= latestVersion(); next++) {
            apply(connection, next);
        }
        return latestVersion();
    }

    /** @return the stored schema version, 0 for a new empty database */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!hasVersionTable(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(VERSION) FROM " + VERSION_TABLE)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(null, null, VERSION_TABLE, null)) {
            return tables.next();
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (version == 1) {
                statement.execute("CREATE TABLE " + VERSION_TABLE + " (VERSION INT NOT NULL PRIMARY KEY, "
                        + "APPLIED_AT TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
            }
            for (String sql : MIGRATIONS.get(version - 1)) {
                statement.execute(sql);
            }
            statement.executeUpdate("INSERT INTO " + VERSION_TABLE + " (VERSION) VALUES (" + version + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StoreException("Migrating the local database to schema version " + version + " failed: "
                    + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
