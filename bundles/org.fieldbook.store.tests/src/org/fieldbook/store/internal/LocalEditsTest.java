package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.InvalidRecordException;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every local edit writes its outbox entry in the same transaction. */
class LocalEditsTest extends StoreTestCase {
    private Account contoso;

    @BeforeEach
    void storeWithADownloadedWorkOrder() {
        contoso = StoreFixtures.account("acc-1", "Contoso Dairy");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(contoso)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(
                StoreFixtures.workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED))));
    }

    @Test
    void anUpdateQueuesOnlyTheChangedFieldsWithTheirBaseValuesAndETag() {
        WorkOrder edited = workOrder("wo-1");
        edited.setSystemStatus(WorkOrderSystemStatus.IN_PROGRESS);
        edited.setInstructions("Gate code 4711");

        assertThat(store.edits().update(edited)).isTrue();

        OutboxEntry entry = single();
        assertThat(entry.operation()).isEqualTo(Operation.UPDATE);
        assertThat(entry.table()).isEqualTo("msdyn_workorder");
        assertThat(entry.recordId()).isEqualTo("wo-1");
        assertThat(entry.changedFields()).containsOnly(entry("msdyn_systemstatus", "690970002"),
                entry("msdyn_instructions", "Gate code 4711"));
        assertThat(entry.baseValues()).containsOnly(entry("msdyn_systemstatus", "690970001"), entry("msdyn_instructions", null));
        assertThat(entry.baseETag()).isEqualTo("W/\"5\"");
        assertThat(workOrder("wo-1").getInstructions()).isEqualTo("Gate code 4711");
        assertThat(store.records().hasPendingChanges(FieldbookPackage.Literals.WORK_ORDER, "wo-1")).isTrue();
    }

    @Test
    void anEditMadeFromWhatTheTechnicianSawKeepsTheOfficesNewerValuesAndTheVersionSeen() {
        WorkOrder seen = workOrder("wo-1");
        WorkOrder fromOffice = workOrder("wo-1");
        fromOffice.setCity("Shelbyville");
        fromOffice.setInstructions("Customer away until noon");
        fromOffice.setVersionNumber(seen.getVersionNumber() + 1);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(fromOffice)));
        WorkOrder edited = EcoreUtil.copy(seen);
        edited.setInstructions("Replaced the seal");

        assertThat(store.edits().update(seen, edited)).isTrue();

        OutboxEntry entry = single();
        assertThat(entry.changedFields()).containsOnly(entry("msdyn_instructions", "Replaced the seal"));
        assertThat(entry.baseValues()).as("the value the technician saw").containsOnly(entry("msdyn_instructions", null));
        assertThat(entry.baseETag()).as("the version the technician saw").isEqualTo("W/\"" + seen.getVersionNumber() + "\"");
        WorkOrder stored = workOrder("wo-1");
        assertThat(stored.getInstructions()).isEqualTo("Replaced the seal");
        assertThat(stored.getCity()).as("the office's change is not written over").isEqualTo("Shelbyville");
    }

    @Test
    void editsMadeTogetherAreStoredTogetherOrNotAtAll() {
        WorkOrder started = workOrder("wo-1");
        started.setSystemStatus(WorkOrderSystemStatus.IN_PROGRESS);
        TimeEntry travel = timeEntry(Instant.parse("2026-12-03T08:00:00Z"), null);
        TimeEntry backwards = timeEntry(Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T08:00:00Z"));
        WorkOrder unchanged = workOrder("wo-1");
        unchanged.setInstructions("Never stored");

        assertThatThrownBy(() -> store.edits().together("start", edits -> {
            edits.update(unchanged);
            edits.create(backwards);
        })).isInstanceOf(InvalidRecordException.class).hasMessageContaining("end");
        assertThat(store.outbox().size()).as("the first edit went with the refused second").isZero();
        assertThat(workOrder("wo-1").getInstructions()).isNull();

        store.edits().together("start", edits -> {
            edits.update(started);
            edits.create(travel);
        });

        assertThat(store.outbox().size()).isEqualTo(2);
        assertThat(workOrder("wo-1").getSystemStatus()).isEqualTo(WorkOrderSystemStatus.IN_PROGRESS);
        assertThat(store.records().find(FieldbookPackage.Literals.TIME_ENTRY, travel.getId())).isPresent();
    }

    @Test
    void anEditOfAnotherRecordThanTheOneSeenIsRefused() {
        WorkOrder seen = workOrder("wo-1");
        WorkOrder other = workOrder("wo-1");
        other.setId("wo-2");

        assertThatThrownBy(() -> store.edits().update(seen, other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void aSecondEditKeepsTheBaseOfTheFirst() {
        WorkOrder first = workOrder("wo-1");
        first.setSystemStatus(WorkOrderSystemStatus.IN_PROGRESS);
        store.edits().update(first);
        WorkOrder second = workOrder("wo-1");
        second.setSystemStatus(WorkOrderSystemStatus.COMPLETED);
        store.edits().update(second);

        List<OutboxEntry> entries = store.outbox().pending();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).changedFields()).containsOnly(entry("msdyn_systemstatus", "690970003"));
        assertThat(entries.get(1).baseValues()).as("the value before the technician's first change")
                .containsOnly(entry("msdyn_systemstatus", "690970001"));
        assertThat(entries.get(1).baseETag()).isEqualTo("W/\"5\"");
        assertThat(entries.get(0).sequence()).isLessThan(entries.get(1).sequence());
    }

    @Test
    void anUnchangedRecordQueuesNothing() {
        assertThat(store.edits().update(workOrder("wo-1"))).isFalse();
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void aCreateGetsAKeyAndQueuesEverySetField() {
        WorkOrderProduct line = StoreFixtures.MODEL.createWorkOrderProduct();
        line.setWorkOrder(workOrder("wo-1"));
        line.setQuantity(2);

        WorkOrderProduct created = store.edits().create(line);

        assertThat(created.getId()).matches("[0-9a-f-]{36}");
        OutboxEntry entry = single();
        assertThat(entry.operation()).isEqualTo(Operation.CREATE);
        assertThat(entry.baseETag()).isNull();
        assertThat(entry.changedFields()).containsEntry("_msdyn_workorder_value", "wo-1").containsEntry("msdyn_quantity", "2.0");
        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER_PRODUCT, created.getId())).isPresent();
    }

    @Test
    void deletingARecordTheServerNeverSawForgetsItEntirely() {
        WorkOrderProduct line = StoreFixtures.MODEL.createWorkOrderProduct();
        line.setQuantity(1);
        String id = store.edits().create(line).getId();

        store.edits().delete(FieldbookPackage.Literals.WORK_ORDER_PRODUCT, id);

        assertThat(store.outbox().size()).isZero();
        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER_PRODUCT, id)).isEmpty();
    }

    @Test
    void deletingADownloadedRecordQueuesADeleteWithItsETag() {
        store.edits().delete(FieldbookPackage.Literals.WORK_ORDER, "wo-1");

        OutboxEntry entry = single();
        assertThat(entry.operation()).isEqualTo(Operation.DELETE);
        assertThat(entry.baseETag()).isEqualTo("W/\"5\"");
        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER, "wo-1")).isEmpty();
    }

    @Test
    void anInvalidEditIsRefusedNamingTheFieldAndWritesNothing() {
        WorkOrderProduct line = StoreFixtures.MODEL.createWorkOrderProduct();
        line.setQuantity(-3);

        assertThatThrownBy(() -> store.edits().create(line))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("quantity must not be negative, but is -3");
        assertThat(store.outbox().size()).isZero();
        assertThat(store.records().count(FieldbookPackage.Literals.WORK_ORDER_PRODUCT)).isZero();
    }

    @Test
    void whenTheOutboxCannotBeWrittenTheEditIsRolledBackToo() throws Exception {
        try (Connection connection = store.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("RENAME TABLE FB_OUTBOX TO FB_OUTBOX_AWAY");
        }
        WorkOrder edited = workOrder("wo-1");
        edited.setInstructions("Lost if not atomic");

        assertThatThrownBy(() -> store.edits().update(edited)).isInstanceOf(StoreException.class);

        assertThat(workOrder("wo-1").getInstructions()).isNull();
    }

    @Test
    void queuedEditsSurviveARestart() {
        WorkOrder edited = workOrder("wo-1");
        edited.setInstructions("Written before the battery died");
        store.edits().update(edited);

        reopen();

        assertThat(single().changedFields()).containsEntry("msdyn_instructions", "Written before the battery died");
        assertThat(workOrder("wo-1").getInstructions()).isEqualTo("Written before the battery died");
    }

    @Test
    void editingARecordThatIsNotHereIsAClearError() {
        WorkOrder stranger = StoreFixtures.workOrder("wo-404", "WO-404", contoso, null, null, WorkOrderSystemStatus.SCHEDULED);

        assertThatThrownBy(() -> store.edits().update(stranger)).hasMessageContaining("WorkOrder wo-404 is not stored on this device");
    }

    private WorkOrder workOrder(String id) {
        return store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, id).orElseThrow();
    }

    private OutboxEntry single() {
        List<OutboxEntry> pending = store.outbox().pending();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).createdAt()).isBefore(Instant.now().plusSeconds(1));
        return pending.get(0);
    }

    private static TimeEntry timeEntry(Instant start, Instant end) {
        TimeEntry entry = FieldbookFactory.eINSTANCE.createTimeEntry();
        entry.setType(TimeEntryType.TRAVEL);
        entry.setStart(start);
        entry.setEnd(end);
        return entry;
    }
}
