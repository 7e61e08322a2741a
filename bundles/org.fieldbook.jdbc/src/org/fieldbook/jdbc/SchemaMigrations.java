package org.fieldbook.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings a database to the schema its owner knows, one forward migration at a time, each in its own
 * transaction with its version row. A database newer than the code is refused and left untouched.
 * Migration N is the N-th script, a resource {@code db/<name>} beside the owner class's bundle root:
 * append new ones, never edit a shipped one.
 */
public final class SchemaMigrations {

    private static final String VERSION_TABLE = "FB_SCHEMA_VERSION";

    private final Class<?> owner;
    private final List<String> scripts;
    private final String label;
    private final Failures failures;

    /**
     * @param owner a class of the bundle holding the scripts
     * @param scripts the scripts' names under {@code /db/}, in version order
     * @param label what the database is to its users, for messages
     * @param failures makes the exceptions thrown
     */
    public SchemaMigrations(Class<?> owner, List<String> scripts, String label, Failures failures) {
        this.owner = owner;
        this.scripts = List.copyOf(scripts);
        this.label = label;
        this.failures = failures;
    }

    /** @return the schema version the owner creates and understands */
    public int latestVersion() {
        return scripts.size();
    }

    /** Migrates the database to {@link #latestVersion()} and returns that version. */
    public int migrate(Connection connection) throws SQLException {
        return migrate(connection, latestVersion());
    }

    /** Migrates the database up to {@code target} (for tests of older schemas) and returns it. */
    public int migrate(Connection connection, int target) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw failures.failure("The " + label + " has schema version " + current + ", newer than this Fieldbook understands ("
                    + latestVersion() + "). It was left untouched: update Fieldbook to open it.", null);
        }
        for (int next = current + 1; next <= target; next++) {
            apply(connection, next);
        }
        return Math.max(current, target);
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

    private void apply(Connection connection, int version) throws SQLException {
        List<String> statements = statements(scripts.get(version - 1));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (version == 1) {
                statement.execute("CREATE TABLE " + VERSION_TABLE + " (VERSION INT NOT NULL PRIMARY KEY, "
                        + "APPLIED_AT TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.executeUpdate("INSERT INTO " + VERSION_TABLE + " (VERSION) VALUES (" + version + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw failures.failure("Migrating the " + label + " to schema version " + version + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The script's statements: separated by semicolons at line ends; comment lines are dropped. */
    private List<String> statements(String script) {
        try (InputStream in = owner.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw failures.failure("Migration script db/" + script + " is missing from " + owner.getName() + "'s bundle", null);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = Arrays.stream(text.split("\n"))
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n", "", "\n"));
            return Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw failures.failure("Cannot read migration script db/" + script + ": " + e.getMessage(), e);
        }
    }
}
