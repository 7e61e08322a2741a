package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.SchemaMigrations;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.tests.common.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A writer JVM killed with SIGKILL at different points — with the new database half migrated, or between pages
 * and edits — leaves a database that opens, with whole pages only, each with its checkpoint, and each local
 * edit with its outbox entry.
 */
class CrashConsistencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "killed at schema version {0} of a new database")
    @ValueSource(ints = { 0, 1, 3, 5 })
    void killedWhileCreatingOrMigratingTheDatabase(int version) throws Exception {
        Path folder = workspace.resolve("db");
        try (ChildJvm child = MigratingChild.start(folder.toFile(), version)) {
            child.awaitLine(MigratingChild.line(version), PATIENCE);
            child.kill();
            assertThat(child.output()).doesNotContain(MigratingChild.line(version + 1));
        }
        assertThat(schemaVersion(folder)).as("the kill landed with the database made and its migrations not all done")
                .isEqualTo(version).isLessThan(StoreDatabase.MIGRATIONS.latestVersion());

        assertConsistent(0);
    }

    private static int schemaVersion(Path folder) throws SQLException {
        DerbyDatabase database = StoreDatabase.open(folder, StoreFixtures.KEY);
        try (Connection connection = database.connect()) {
            return SchemaMigrations.currentVersion(connection);
        } finally {
            database.close();
        }
    }

    @ParameterizedTest(name = "killed after page {0}")
    @ValueSource(ints = { 0, 1, 3, 6, 10 })
    void killedWhileWritingPagesAndEdits(int page) throws Exception {
        try (ChildJvm writer = CrashingWriter.start(workspace.resolve("db").toFile(), 40, 0)) {
            writer.awaitLine("committed page " + page, PATIENCE);
            writer.kill();
        }
        assertConsistent(page + 1);
    }

    @Test
    void aFullDiskEndsTheWriteWithAClearErrorAndKeepsWhatWasCommitted() throws Exception {
        int exit;
        String output;
        try (ChildJvm writer = CrashingWriter.start(workspace.resolve("db").toFile(), 500, 16_000)) {
            writer.awaitLine("committed page 0", PATIENCE);
            exit = writer.awaitExit(PATIENCE);
            output = writer.output();
        }
        assertThat(exit).as(output).isEqualTo(3);
        assertThat(output).containsPattern("error: Cannot (apply a page of account|save account|read)");
        assertConsistent(1);
    }

    /** Reopens the database and checks that its pages, checkpoint, edits and outbox agree. */
    private void assertConsistent(int atLeastPages) {
        DerbyLocalStore store = StoreFixtures.open(workspace.resolve("db"));
        try {
            int rows = store.records().count(FieldbookPackage.Literals.ACCOUNT);
            TableSyncState state = store.syncStates().get("account");
            assertThat(rows).as("rows match the checkpoint").isEqualTo(state.rowsApplied());
            assertThat(rows % CrashingWriter.ROWS_PER_PAGE).as("no half page").isZero();
            int pages = rows / CrashingWriter.ROWS_PER_PAGE;
            assertThat(pages).isGreaterThanOrEqualTo(atLeastPages);
            assertThat(state.nextLink()).isEqualTo(pages == 0 ? null : "page-" + pages);

            List<OutboxEntry> outbox = store.outbox().pending();
            for (OutboxEntry entry : outbox) {
                Account edited = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, entry.recordId()).orElseThrow();
                assertThat(edited.getTelephone1()).isEqualTo(entry.changedFields().get("telephone1"));
            }
            int editedRows = 0;
            for (int page = 0; page < pages; page++) {
                Account first = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, CrashingWriter.id(page, 0)).orElseThrow();
                editedRows += first.getTelephone1() == null ? 0 : 1;
            }
            assertThat(outbox).as("one outbox entry per edited row").hasSize(editedRows);
            assertThat(editedRows).isBetween(Math.max(0, pages - 1), pages);
        } finally {
            store.close();
        }
    }
}
