package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fieldbook.model.Account;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.store.WorkOrderDetails;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries the UI needs, on a small realistic data set. */
class QueriesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

    @TempDir
    static Path workspace;

    private static DerbyLocalStore store;

    @BeforeAll
    static void storeWithData() {
        store = StoreFixtures.open(workspace.resolve("db"));
        Account contoso = StoreFixtures.account("acc-c", "Contoso Dairy");
        Account fabrikam = StoreFixtures.account("acc-f", "Fabrikam 100%_Steel");
        BookingStatus traveling = StoreFixtures.status("st-t", "Traveling", FieldServiceStatus.TRAVELING);
        WorkOrder compressor = StoreFixtures.workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", "Springfield",
                WorkOrderSystemStatus.IN_PROGRESS);
        WorkOrder boiler = StoreFixtures.workOrder("wo-2", "WO-00413", fabrikam, "1 Harbour Street", "Shelbyville",
                WorkOrderSystemStatus.SCHEDULED);
        WorkOrder done = StoreFixtures.workOrder("wo-3", "WO-00099", contoso, "7 Mill Lane", "Springfield",
                WorkOrderSystemStatus.COMPLETED);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(contoso, fabrikam)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.BOOKING_STATUS, List.of(traveling)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(compressor, boiler, done)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.BOOKING, List.of(
                StoreFixtures.booking("b-late", MONDAY.plusSeconds(14 * 3600), 90, boiler, null),
                StoreFixtures.booking("b-early", MONDAY.plusSeconds(9 * 3600), 150, compressor, traveling),
                StoreFixtures.booking("b-overnight", MONDAY.minusSeconds(2 * 3600), 240, compressor, traveling),
                StoreFixtures.booking("b-tuesday", MONDAY.plusSeconds(33 * 3600), 60, done, null))));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, List.of(
                task("t-2", compressor, "Replace compressor", 2), task("t-1", compressor, "Isolate power", 1),
                task("t-x", boiler, "Bleed radiators", 1))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theAgendaOfADayListsOverlappingBookingsByStartWithTheirWorkOrderAndAccount() {
        List<AgendaEntry> monday = store.bookings().agenda(MONDAY, MONDAY.plusSeconds(86_400));

        assertThat(monday).extracting(AgendaEntry::bookingId).containsExactly("b-overnight", "b-early", "b-late");
        AgendaEntry early = monday.get(1);
        assertThat(early.workOrderNumber()).isEqualTo("WO-00412");
        assertThat(early.accountName()).isEqualTo("Contoso Dairy");
        assertThat(early.address()).isEqualTo("12 Mill Road, Springfield");
        assertThat(early.statusName()).isEqualTo("Traveling");
        assertThat(early.fieldServiceStatus()).isEqualTo(FieldServiceStatus.TRAVELING);
        assertThat(monday.get(2).statusName()).isNull();
    }

    @Test
    void aBookingStillRunningFromTheDayBeforeIsOnTheAgenda() {
        assertThat(store.bookings().agenda(MONDAY.plusSeconds(3600), MONDAY.plusSeconds(7200)))
                .extracting(AgendaEntry::bookingId).containsExactly("b-overnight");
    }

    @Test
    void workOrdersAreFilteredByStatusAndOrderedByNumber() {
        List<WorkOrderSummary> open = store.workOrders().find(
                WorkOrderQuery.all(50).withStatuses(Set.of(WorkOrderSystemStatus.SCHEDULED, WorkOrderSystemStatus.IN_PROGRESS)));

        assertThat(open).extracting(WorkOrderSummary::number).containsExactly("WO-00412", "WO-00413");
        assertThat(open.get(0).accountName()).isEqualTo("Contoso Dairy");
    }

    @Test
    void searchFindsNumberAccountOrAddressCaseInsensitivelyAndEveryWord() {
        assertThat(numbers("mill")).containsExactly("WO-00099", "WO-00412");
        assertThat(numbers("CONTOSO lane")).containsExactly("WO-00099");
        assertThat(numbers("wo-00413")).containsExactly("WO-00413");
        assertThat(numbers("shelbyville")).containsExactly("WO-00413");
        assertThat(numbers("nowhere")).isEmpty();
    }

    @Test
    void searchMatchesTheBeginningsOfWordsAndIgnoresPunctuation() {
        assertThat(numbers("mil")).containsExactly("WO-00099", "WO-00412");
        assertThat(numbers("ill")).isEmpty();
        assertThat(numbers("100%_")).containsExactly("WO-00413");
        assertThat(numbers("wo 004")).containsExactly("WO-00412", "WO-00413");
    }

    @Test
    void renamingAnAccountUpdatesTheSearchOfItsWorkOrders() {
        Account renamed = StoreFixtures.account("acc-f", "Globex Heating");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(renamed)));

        assertThat(numbers("globex")).containsExactly("WO-00413");
        assertThat(numbers("fabrikam")).isEmpty();
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT,
                List.of(StoreFixtures.account("acc-f", "Fabrikam 100%_Steel"))));
    }

    @Test
    void aLocalEditOfTheAddressIsFoundAtOnce() {
        WorkOrder edited = store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, "wo-2").orElseThrow();
        edited.setAddress1("99 Quarry Row");
        store.edits().update(edited);
        try {
            assertThat(numbers("quarry")).containsExactly("WO-00413");
            assertThat(numbers("harbour")).isEmpty();
        } finally {
            edited.setAddress1("1 Harbour Street");
            store.edits().update(edited);
        }
    }

    @Test
    void pagesAndCountsAgree() {
        WorkOrderQuery query = WorkOrderQuery.all(2);

        assertThat(store.workOrders().count(query)).isEqualTo(3);
        assertThat(store.workOrders().find(query)).extracting(WorkOrderSummary::number).containsExactly("WO-00099", "WO-00412");
        assertThat(store.workOrders().find(query.page(2))).extracting(WorkOrderSummary::number).containsExactly("WO-00413");
    }

    @Test
    void aWorkOrderComesWithItsAccountBookingsAndTasksInLineOrder() {
        WorkOrderDetails details = store.workOrders().details("wo-1").orElseThrow();

        assertThat(details.workOrder().getServiceAccount().getName()).isEqualTo("Contoso Dairy");
        assertThat(details.bookings()).extracting(Record::getId).containsExactly("b-overnight", "b-early");
        assertThat(details.bookings().get(0).getStatus().getName()).isEqualTo("Traveling");
        assertThat(details.bookings().get(0).getWorkOrder()).isSameAs(details.workOrder());
        assertThat(details.tasks()).extracting(WorkOrderServiceTask::getName).containsExactly("Isolate power", "Replace compressor");
        assertThat(details.products()).isEmpty();
        assertThat(store.workOrders().details("wo-404")).isEmpty();
    }

    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        store.workOrders().find(WorkOrderQuery.all(50).withText(text)).forEach(summary -> numbers.add(summary.number()));
        return numbers;
    }

    private static WorkOrderServiceTask task(String id, WorkOrder workOrder, String name, int line) {
        WorkOrderServiceTask task = StoreFixtures.MODEL.createWorkOrderServiceTask();
        task.setId(id);
        task.setWorkOrder(workOrder);
        task.setName(name);
        task.setLineOrder(line);
        return task;
    }
}
