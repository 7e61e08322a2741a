package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating a database is all or nothing, whatever a killed process left behind. */
class DerbyDatabaseTest {

    private static final String KEY = "derby-database-test-key";

    @TempDir
    Path workspace;

    @Test
    void aNewDatabaseAppearsOnlyWhenComplete() throws Exception {
        Path folder = workspace.resolve("db");

        try (DerbyDatabase database = open(folder); Connection connection = database.connect()) {
            assertThat(DerbyDatabase.exists(folder)).isTrue();
            assertThat(DerbyDatabase.isEncrypted(folder)).isTrue();
            assertThat(workspace.resolve("db.creating")).doesNotExist();
        }
    }

    @Test
    void leftoversOfACreationCutShortAreClearedAndTheDatabaseIsCreated() throws Exception {
        Path folder = workspace.resolve("db");
        Files.createDirectories(workspace.resolve("db.creating/seg0"));
        Files.writeString(workspace.resolve("db.creating/service.properties"), "");
        Files.createDirectories(folder.resolve("log"));
        Files.writeString(folder.resolve("log/log1.dat"), "half written");

        try (DerbyDatabase database = open(folder)) {
            database.transaction("write", connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("CREATE TABLE T (X INT)");
                }
            });
        }
        try (DerbyDatabase database = open(folder); Connection connection = database.connect();
                ResultSet tables = connection.getMetaData().getTables(null, null, "T", null)) {
            assertThat(tables.next()).as("the table survives a reopen").isTrue();
        }
        assertThat(workspace.resolve("db.creating")).doesNotExist();
    }

    private static DerbyDatabase open(Path folder) {
        return DerbyDatabase.open(folder, KEY, "test database", IllegalStateException::new);
    }
}
