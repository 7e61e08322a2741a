package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.SyncSummary;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.engine.SyncEngine;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary a real sync engine with an encrypted store sends the real back office at the end of each cycle:
 * what it says, and that a summary the back office does not take changes nothing else about the cycle.
 */
class SyncSummaryUploadTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();
    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> BACK_OFFICE.server().port());
    private static final String SUMMARIES = "POST /api/data/v9\\.2/fieldbook_syncsummaries ";

    @TempDir
    static Path shared;
    private static UploadFixture fixture;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadDemoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(5, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
        fixture = new UploadFixture(BACK_OFFICE.server(), shared);
    }

    @AfterAll
    static void signOut() throws Exception {
        fixture.close();
    }

    @Test
    void aCycleSendsItsSummaryWithTheRowsOnTheDeviceTheEditsWaitingAndTheOpenErrors() throws Exception {
        try (Device device = Device.signedIn(PROXY.route(BACK_OFFICE.serviceRoot()), folder, "tech1")) {
            SyncEngine engine = engine(device);
            int before;
            try {
                syncAndSettle(engine);
                before = summaries("tech1").size();
                editAWorkOrderOfSomeoneElse(device.store());
                syncAndSettle(engine);
            } finally {
                engine.deactivate();
            }

            List<SyncSummary> sent = summaries("tech1");
            assertThat(sent).as("one more for the cycle after the edit").hasSize(before + 1);
            assertThat(sent.subList(0, before)).as("the cycles before the edit").isNotEmpty().allSatisfy(earlier -> {
                assertThat(earlier.isSucceeded()).isTrue();
                assertThat(earlier.getPendingEdits()).isZero();
                assertThat(earlier.getOpenErrors()).isZero();
            });
            SyncSummary last = sent.get(before);
            assertThat(last.isSucceeded()).isTrue();
            assertThat(last.getMessage()).isNull();
            assertThat(last.getRowsOnDevice()).as("every row the device holds")
                    .isEqualTo(rows(device.store())).isGreaterThan(10);
            assertThat(last.getPendingEdits()).as("the refused edit waits").isEqualTo(1);
            assertThat(last.getOpenErrors()).as("the refusal").isEqualTo(1);
            assertThat(last.getStartedOn()).isBeforeOrEqualTo(last.getFinishedOn());
            long between = last.getFinishedOn().toEpochMilli() - last.getStartedOn().toEpochMilli();
            assertThat(last.getDurationMillis()).as("the nanoseconds cut off").isBetween(between - 1, between);
            assertThat(last.getDevice()).isNotBlank();
            assertThat(last.getClientVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        }
    }

    @Test
    void aSummaryTheBackOfficeRefusesNeitherFailsTheCycleNorLosesAnEditAndIsNotSentAgain() throws Exception {
        try (Device device = Device.signedIn(PROXY.route(BACK_OFFICE.serviceRoot()), folder, "tech2")) {
            SyncEngine engine = engine(device);
            int before;
            try {
                syncAndSettle(engine);
                before = summaries("tech2").size();
                WorkOrder workOrder = firstWorkOrder(device.store());
                String instructions = "Gate code " + UUID.randomUUID();
                workOrder.setInstructions(instructions);
                device.store().edits().update(workOrder);
                PROXY.inject(Fault.answer("HTTP/1.1 500 Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                        Requests.matching(SUMMARIES));

                syncAndSettle(engine);

                assertThat(PROXY.faultsInjected()).as("the summary refused, and again when sent once more after the 500").isEqualTo(2);
                assertThat(engine.status().phase()).isEqualTo(SyncStatus.Phase.IDLE);
                assertThat(engine.status().message()).isNull();
                assertThat(device.store().outbox().size()).isZero();
                assertThat(fixture.<WorkOrder>rows("tech2", FieldbookPackage.Literals.WORK_ORDER,
                        "$filter=msdyn_workorderid%20eq%20" + workOrder.getId())).singleElement()
                        .extracting(WorkOrder::getInstructions).isEqualTo(instructions);
                assertThat(summaries("tech2")).as("none for the refused one").hasSize(before);

                PROXY.heal();
                syncAndSettle(engine);
            } finally {
                engine.deactivate();
            }
            assertThat(summaries("tech2")).as("the refused one dropped, the next cycle's sent").hasSize(before + 1);
        }
    }

    /** Syncs now and waits for that cycle, also when the timer started one as the engine started. */
    private static void syncAndSettle(SyncEngine engine) throws InterruptedException {
        engine.syncNow().join();
    }

    private static SyncEngine engine(Device device) {
        return new SyncEngine(device.store(), new WebApiBackOfficeConnection(device.serviceRoot()), device.account());
    }

    /** A colleague's work order, stored as if downloaded and edited: refused, so it waits with a sync error. */
    private static void editAWorkOrderOfSomeoneElse(DerbyLocalStore store) throws Exception {
        Set<String> reachable = fixture.<WorkOrder>rows("tech1", FieldbookPackage.Literals.WORK_ORDER, "$select=msdyn_name").stream()
                .map(WorkOrder::getId).collect(Collectors.toSet());
        WorkOrder theirs = fixture.<WorkOrder>rows("tech3", FieldbookPackage.Literals.WORK_ORDER, "$top=50").stream()
                .filter(row -> !reachable.contains(row.getId())).findFirst().orElseThrow();
        UploadFixture.download(store, theirs);
        WorkOrder hijacked = store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, theirs.getId()).orElseThrow();
        hijacked.setInstructions("Not my job");
        store.edits().update(hijacked);
    }

    private static WorkOrder firstWorkOrder(LocalStore store) {
        String id = store.records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
        return store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, id).orElseThrow();
    }

    private static int rows(LocalStore store) {
        return Device.contents(store).values().stream().mapToInt(Map::size).sum();
    }

    /** @return the summaries {@code user} sent, oldest first, as that user reads them (their own only) */
    private static List<SyncSummary> summaries(String user) throws Exception {
        return fixture.rows(user, FieldbookPackage.Literals.SYNC_SUMMARY, "$orderby=fieldbook_finishedon%20asc");
    }
}
