package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fieldbook.jdbc.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change-tracking watermark never passes a version whose write is still open, so a delta cannot end
 * past a row that commits after it and that no later delta would report.
 */
class TransactionsTest {

    @TempDir
    Path folder;

    private DerbyDatabase database;
    private Transactions transactions;
    private final ExecutorService otherWriter = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() {
        database = DerbyDatabase.open(folder.resolve("db"), "transactions-test-key", "test database", IllegalStateException::new);
        database.transaction("create the sequence", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("CREATE SEQUENCE FB_VERSION AS BIGINT START WITH 1");
            }
        });
        transactions = new Transactions(database);
    }

    @AfterEach
    void close() {
        otherWriter.shutdownNow();
        database.close();
    }

    @Test
    void theWatermarkStaysBelowAVersionUntilItsChangeSetEnds() throws Exception {
        assertThat(transactions.watermark()).isZero();
        long open;
        try (Transactions.ChangeSet changeSet = transactions.begin()) {
            open = transactions.write("draw in the change set", transactions::nextVersion);
            long committed = otherWriter.submit(() -> transactions.write("draw and commit", transactions::nextVersion)).get();

            assertThat(committed).isGreaterThan(open);
            assertThat(transactions.watermark()).as("the change set is still open").isEqualTo(open - 1);
            changeSet.commit();
        }
        assertThat(transactions.watermark()).isEqualTo(open + 1);
    }

    @Test
    void aRolledBackWriteNoLongerHoldsTheWatermarkBack() throws Exception {
        try (Transactions.ChangeSet changeSet = transactions.begin()) {
            transactions.write("draw in a change set that is never committed", transactions::nextVersion);
        }
        long committed = otherWriter.submit(() -> transactions.write("draw and commit", transactions::nextVersion)).get();

        assertThat(transactions.watermark()).isEqualTo(committed);
    }

    @Test
    void aWriteThatFailsIsSettledToo() {
        assertThatThrownBy(() -> transactions.write("draw and fail", connection -> {
            transactions.nextVersion(connection);
            throw new SQLException("refused");
        })).hasMessageContaining("refused");

        assertThat(transactions.watermark()).isEqualTo(1);
    }
}
