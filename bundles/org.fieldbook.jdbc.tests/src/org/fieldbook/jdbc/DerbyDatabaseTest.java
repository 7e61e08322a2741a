package org.fieldbook.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating a database is all or nothing, whatever a killed process left behind; a read Derby ends for a deadlock runs again. */
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

    @Test
    void aReadDerbyChoseToEndADeadlockRunsAgainAndAnswers() throws Exception {
        try (DerbyDatabase database = open(workspace.resolve("db"))) {
            database.transaction("set up", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '1')");
                    statement.execute("CREATE TABLE P (ID INT PRIMARY KEY, V INT)");
                    statement.execute("CREATE TABLE X (ID INT PRIMARY KEY, V INT)");
                    statement.execute("INSERT INTO P VALUES (1, 1)");
                    return statement.executeUpdate("INSERT INTO X VALUES (1, 1)");
                }
            });
            try (Connection writer = database.connect(); Statement writes = writer.createStatement()) {
                writer.setAutoCommit(false);
                writes.executeUpdate("UPDATE X SET V = 2 WHERE ID = 1");
                // The read holds its row of P (as a compiling statement holds its table's row of the catalogue) while it waits for the writer's row of X...
                CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> database.read("join", connection -> {
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement statement = connection.createStatement();
                            ResultSet row = statement.executeQuery("SELECT P.V + X.V FROM P, X WHERE P.ID = X.ID")) {
                        return row.next() ? row.getInt(1) : -1;
                    }
                }));
                Thread.sleep(300);
                // ...and the writer then wants that row of P: Derby ends the deadlock by rolling the read back.
                writes.executeUpdate("UPDATE P SET V = 3 WHERE ID = 1");
                writer.commit();

                assertThat(read.get(30, TimeUnit.SECONDS)).as("the read ran again after the writer's commit").isEqualTo(5);
            }
        }
    }

    private static DerbyDatabase open(Path folder) {
        return DerbyDatabase.open(folder, KEY, "test database", IllegalStateException::new);
    }
}
