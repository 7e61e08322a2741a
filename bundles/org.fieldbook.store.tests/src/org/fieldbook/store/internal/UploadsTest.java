package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's answers to uploads: versions that later edits build on, rows that win, errors sent once. */
class UploadsTest extends StoreTestCase {

    private static final String WORK_ORDER = "msdyn_workorder";

    private Account contoso;

    @BeforeEach
    void storeWithADownloadedWorkOrder() {
        contoso = StoreFixtures.account("acc-1", "Contoso Dairy");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(contoso)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(
                StoreFixtures.workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED))));
    }

    @Test
    void aConfirmedEditLeavesTheOutboxAndLaterEditsBuildOnTheNewVersion() {
        edit("Gate code 4711");
        long sent = store.outbox().pending().get(0).sequence();
        edit("Gate code 4712"); // made while the first was on its way

        store.uploads().confirm(FieldbookPackage.Literals.WORK_ORDER, "wo-1", List.of(sent), 9);

        assertThat(workOrder().getVersionNumber()).isEqualTo(9);
        assertThat(store.outbox().pending()).singleElement().extracting(OutboxEntry::baseETag).isEqualTo("W/\"9\"");
    }

    @Test
    void aConfirmedDeleteOnlyForgetsItsEntry() {
        store.edits().delete(FieldbookPackage.Literals.WORK_ORDER, "wo-1");

        store.uploads().confirm(FieldbookPackage.Literals.WORK_ORDER, "wo-1", List.of(store.outbox().pending().get(0).sequence()), 0);

        assertThat(store.outbox().size()).isZero();
        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER, "wo-1")).isEmpty();
    }

    @Test
    void theServersRowReplacesTheLocalOneAndDropsItsEdits() {
        edit("Gate code 4711");
        WorkOrder server = StoreFixtures.workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", "Springfield",
                WorkOrderSystemStatus.IN_PROGRESS);
        server.setInstructions("Call before arriving");
        server.setVersionNumber(12);

        store.uploads().takeServerRow(FieldbookPackage.Literals.WORK_ORDER, "wo-1", server);

        assertThat(workOrder().getInstructions()).isEqualTo("Call before arriving");
        assertThat(workOrder().getVersionNumber()).isEqualTo(12);
        assertThat(store.records().hasPendingChanges(FieldbookPackage.Literals.WORK_ORDER, "wo-1")).isFalse();
    }

    @Test
    void aRowTheServerNoLongerHasIsRemovedWithItsEdits() {
        edit("Gate code 4711");

        store.uploads().takeServerRow(FieldbookPackage.Literals.WORK_ORDER, "wo-1", null);

        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER, "wo-1")).isEmpty();
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void aSyncErrorKeepsWhatWasTriedAndIsUploadedOnce() {
        SyncError error = StoreFixtures.MODEL.createSyncError();
        error.setTableName(WORK_ORDER);
        error.setRecordId("wo-1");
        error.setHttpStatus(403);
        error.setErrorType(SyncErrorType.OTHER);
        error.setErrorCode("0x80040220");
        error.setMessage("No access");
        error.setAction("update");
        error.setActionData("{\"msdyn_instructions\":\"Gate code 4711\"}");
        String id = store.syncErrors().add(error).getId();
        reopen();

        assertThat(store.syncErrors().notUploaded()).singleElement().satisfies(kept -> {
            assertThat(kept.getErrorCode()).isEqualTo("0x80040220");
            assertThat(kept.getAction()).isEqualTo("update");
            assertThat(kept.getActionData()).contains("Gate code 4711");
        });
        store.syncErrors().uploaded(id);
        assertThat(store.syncErrors().notUploaded()).isEmpty();
        assertThat(store.syncErrors().unresolved()).as("uploaded is not resolved").hasSize(1);
    }

    @Test
    void aSyncErrorKeepsActionDataOfAHundredThousandCharactersWhole() {
        SyncError error = StoreFixtures.MODEL.createSyncError();
        error.setTableName(WORK_ORDER);
        error.setRecordId("wo-1");
        error.setErrorType(SyncErrorType.OTHER);
        error.setAction("update");
        String note = "x".repeat(100_000);
        error.setActionData("{\"msdyn_instructions\":\"" + note + "\"}");
        store.syncErrors().add(error);
        reopen();

        assertThat(store.syncErrors().notUploaded()).singleElement()
                .satisfies(kept -> assertThat(kept.getActionData()).contains(note).hasSize(note.length() + 25));
    }

    private void edit(String instructions) {
        WorkOrder edited = workOrder();
        edited.setInstructions(instructions);
        store.edits().update(edited);
    }

    private WorkOrder workOrder() {
        return store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, "wo-1").orElseThrow();
    }
}
