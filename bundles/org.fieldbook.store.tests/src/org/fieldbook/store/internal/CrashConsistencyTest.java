package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 * A writer JVM killed with SIGKILL at different points leaves a database that opens, with whole pages
 * only, each with its checkpoint, and each local edit with its outbox entry.
 */
class CrashConsistencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path workspace;

    @ParameterizedTest(name = "killed {0} ms after start")
    @ValueSource(ints = { 100, 150, 250, 400, 600, 900 })
    void killedWhileCreatingOrMigratingTheDatabase(int delayMillis) throws Exception {
        try (ChildJvm writer = CrashingWriter.start(workspace.resolve("db").toFile(), 30, 0)) {
            Thread.sleep(delayMillis);
            writer.kill();
        }
        assertConsistent(0);
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
