package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.TableSyncState;
import org.junit.jupiter.api.Test;

/** Downloaded pages: applied whole with their checkpoint, never over pending local edits. */
class DownloadsTest extends StoreTestCase {

    @Test
    void aPageUpsertsDeletesAndSavesItsCheckpointTogether() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT,
                List.of(StoreFixtures.account("a1", "Contoso"), StoreFixtures.account("a2", "Fabrikam")), List.of(),
                "https://bo/api/data/v9.2/accounts?$skiptoken=2", null, 2L));
        Account renamed = StoreFixtures.account("a1", "Contoso Dairy");
        renamed.setVersionNumber(9);

        ApplyResult result = store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(renamed),
                List.of("a2", "never-here"), null, "token-42", 9L));

        assertThat(result.upserted()).isEqualTo(1);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(result.heldBack()).isEmpty();
        assertThat(store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "a1").orElseThrow().getName()).isEqualTo("Contoso Dairy");
        assertThat(store.records().find(FieldbookPackage.Literals.ACCOUNT, "a2")).isEmpty();
        TableSyncState state = store.syncStates().get("account");
        assertThat(state.nextLink()).isNull();
        assertThat(state.deltaToken()).isEqualTo("token-42");
        assertThat(state.watermark()).isEqualTo(9L);
        assertThat(state.rowsApplied()).isEqualTo(3);
    }

    @Test
    void rowsWithPendingLocalEditsAreHeldBackUntouched() {
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(StoreFixtures.account("a1", "Contoso"),
                StoreFixtures.account("a2", "Fabrikam"))));
        Account mine = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "a1").orElseThrow();
        mine.setTelephone1("+49 30 1234");
        store.edits().update(mine);

        ApplyResult result = store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT,
                List.of(StoreFixtures.account("a1", "Renamed on the server"), StoreFixtures.account("a2", "Fabrikam Ltd")),
                List.of("a1"), null, null, null));

        assertThat(result.heldBack()).containsExactly("a1", "a1");
        assertThat(result.upserted()).isEqualTo(1);
        Account kept = store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "a1").orElseThrow();
        assertThat(kept.getName()).isEqualTo("Contoso");
        assertThat(kept.getTelephone1()).isEqualTo("+49 30 1234");
    }

    @Test
    void aPageThatFailsLeavesNeitherRowsNorCheckpoint() {
        Account fine = StoreFixtures.account("a1", "Fine");
        Account tooLong = StoreFixtures.account("a2", "x".repeat(401));

        assertThatThrownBy(() -> store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(fine, tooLong),
                List.of(), "next-page", null, 2L))).isInstanceOf(StoreException.class).hasMessageContaining("apply a page of account");

        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isZero();
        assertThat(store.syncStates().get("account").nextLink()).isNull();
        assertThat(store.syncStates().get("account").rowsApplied()).isZero();
    }

    @Test
    void aHundredThousandRowsApplyInPagesAndAllArrive() {
        int total = 100_000;
        int pageSize = 5_000;
        for (int from = 0; from < total; from += pageSize) {
            List<Record> rows = new ArrayList<>(pageSize);
            IntStream.range(from, from + pageSize).forEach(i -> rows.add(StoreFixtures.account("acc-" + i, "Account " + i)));
            String next = from + pageSize < total ? "page-" + (from / pageSize + 1) : null;
            store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, rows, List.of(), next, null, (long) from));
        }

        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(total);
        assertThat(store.syncStates().get("account").rowsApplied()).isEqualTo(total);
        assertThat(store.records().<Account>find(FieldbookPackage.Literals.ACCOUNT, "acc-99999").orElseThrow().getName())
                .isEqualTo("Account 99999");
    }

    @Test
    void completingATableClearsItsResumePointAndSetsWhenItIsDue() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(), List.of(), "page-2", null, null));
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        store.syncStates().completed("account", now, now.plusSeconds(3600));

        TableSyncState state = store.syncStates().get("account");
        assertThat(state.nextLink()).isNull();
        assertThat(state.lastSuccess()).isEqualTo(now);
        assertThat(state.nextDue()).isEqualTo(now.plusSeconds(3600));
    }

    @Test
    void aRestartForgetsTheDeltaTokenAndResumePoint() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(), List.of(), "page-2", "token-7", 7L));

        store.syncStates().restart("account");

        TableSyncState state = store.syncStates().get("account");
        assertThat(state.deltaToken()).isNull();
        assertThat(state.nextLink()).isNull();
        assertThat(state.watermark()).isNull();
    }

    @Test
    void versionsAndReferencedKeysDescribeWhatTheDeviceHolds() {
        Account contoso = StoreFixtures.account("a1", "Contoso");
        contoso.setVersionNumber(12);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(contoso,
                StoreFixtures.account("a2", "Fabrikam"))));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(
                StoreFixtures.workOrder("w1", "WO-1", contoso, "1 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED),
                StoreFixtures.workOrder("w2", "WO-2", contoso, "2 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED))));

        assertThat(store.records().versions(FieldbookPackage.Literals.ACCOUNT)).containsEntry("a1", 12L).containsKey("a2")
                .hasSize(2);
        assertThat(store.records().referencedKeys(FieldbookPackage.Literals.WORK_ORDER, "_msdyn_serviceaccount_value"))
                .containsExactly("a1");
        assertThatThrownBy(() -> store.records().referencedKeys(FieldbookPackage.Literals.WORK_ORDER, "_nothing_value"))
                .isInstanceOf(StoreException.class).hasMessageContaining("_nothing_value");
    }
}
