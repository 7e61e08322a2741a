package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outbox uploaded to the real back office as the demo technician, with a dispatcher changing rows behind the device's back. */
class OutboxUploadTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();
    private static final String TECHNICIAN = "tech1";
    private static final String DISPATCHER = "dispatcher";

    @TempDir
    static Path shared;
    private static UploadFixture fixture;

    @TempDir
    Path device;
    private DerbyLocalStore store;
    private List<WorkOrder> mine;

    @BeforeAll
    static void loadDemoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(11, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
        fixture = new UploadFixture(BACK_OFFICE.server(), shared);
    }

    @AfterAll
    static void signOut() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void openDevice() throws Exception {
        store = UploadFixture.openStore(device);
        mine = fixture.rows(TECHNICIAN, FieldbookPackage.Literals.WORK_ORDER, "$top=10");
        assertThat(mine).as("the technician's work orders").hasSizeGreaterThan(8);
    }

    @AfterEach
    void closeDevice() {
        store.close();
    }

    @Test
    void createsUpdatesAndDeletesReachTheServerAndLeaveTheOutboxEmptyWithTheNewVersions() throws Exception {
        WorkOrder workOrder = downloaded(mine.get(0));
        workOrder.setInstructions("Gate code " + UUID.randomUUID());
        store.edits().update(workOrder);
        WorkOrderServiceTask task = store.edits().create(task(workOrder, "Check seals"));
        task.setName("Check seals and hoses");
        store.edits().update(task);

        UploadReport report = upload(false);

        assertThat(report).isEqualTo(new UploadReport(2, 0, 0, 0));
        assertThat(store.outbox().size()).isZero();
        WorkOrder onServer = server(workOrder);
        assertThat(onServer.getInstructions()).isEqualTo(workOrder.getInstructions());
        assertThat(local(workOrder).getVersionNumber()).as("the server's new ETag").isEqualTo(onServer.getVersionNumber());
        assertThat(server(task).getName()).isEqualTo("Check seals and hoses");

        store.edits().delete(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, task.getId());
        assertThat(upload(false)).isEqualTo(new UploadReport(1, 0, 0, 0));
        assertThat(serverRows(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, task.getId())).isEmpty();
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void aNewWorkOrderAndItsTaskGoInOneChangeSetWhateverOrderTheyWereQueuedIn() throws Exception {
        WorkOrder workOrder = FieldbookFactory.eINSTANCE.createWorkOrder();
        workOrder.setId(UUID.randomUUID().toString());
        workOrder.setNumber("WO-DEVICE-1");
        store.edits().create(task(workOrder, "Commission"));
        store.edits().create(workOrder);

        assertThat(upload(false)).isEqualTo(new UploadReport(2, 0, 0, 0));

        assertThat(server(workOrder).getNumber()).isEqualTo("WO-DEVICE-1");
        assertThat(fixture.<WorkOrderServiceTask>rows(TECHNICIAN, FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK,
                "$filter=_msdyn_workorder_value%20eq%20" + workOrder.getId())).extracting(WorkOrderServiceTask::getName)
                .containsExactly("Commission");
        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER, workOrder.getId())).isPresent();
    }

    @Test
    void aStaleUpdateWhenTheDeviceWinsOverwritesTheServerAndKeepsWhatItOverwrote() throws Exception {
        WorkOrder workOrder = downloaded(mine.get(1));
        dispatcherSets(workOrder, "Call before arriving");
        workOrder.setInstructions("Gate code 4711");
        store.edits().update(workOrder);

        assertThat(upload(false)).isEqualTo(new UploadReport(1, 1, 0, 0));

        assertThat(server(workOrder).getInstructions()).isEqualTo("Gate code 4711");
        assertThat(store.outbox().size()).isZero();
        assertThat(store.conflicts().open()).isEmpty();
        assertThat(store.conflicts().all()).singleElement().satisfies(conflict -> {
            assertThat(conflict.getResolution()).isEqualTo(ConflictResolution.CLIENT_WON);
            assertThat(values(conflict.getServerValues())).containsExactly(tuple("msdyn_instructions", "Call before arriving"));
            assertThat(values(conflict.getLocalValues())).containsExactly(tuple("msdyn_instructions", "Gate code 4711"));
        });
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(server(workOrder).getVersionNumber());
    }

    @Test
    void aStaleUpdateWhenTheServerWinsTakesTheServersRowAndKeepsTheTechniciansValuesOpen() throws Exception {
        WorkOrder workOrder = downloaded(mine.get(2));
        dispatcherSets(workOrder, "Customer away until noon");
        workOrder.setInstructions("Replaced the seal");
        store.edits().update(workOrder);

        assertThat(upload(true)).isEqualTo(new UploadReport(0, 1, 0, 0));

        WorkOrder onServer = server(workOrder);
        assertThat(onServer.getInstructions()).isEqualTo("Customer away until noon");
        assertThat(local(workOrder).getInstructions()).isEqualTo("Customer away until noon");
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(onServer.getVersionNumber());
        assertThat(store.outbox().size()).isZero();
        assertThat(store.conflicts().open()).singleElement().satisfies(conflict -> {
            assertThat(values(conflict.getLocalValues())).containsExactly(tuple("msdyn_instructions", "Replaced the seal"));
            assertThat(conflict.getServerETag()).isEqualTo("W/\"" + onServer.getVersionNumber() + "\"");
        });
        assertThat(store.syncErrors().unresolved()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(SyncErrorType.CONFLICT);
            assertThat(error.getRecordId()).isEqualTo(workOrder.getId());
        });
    }

    @ParameterizedTest(name = "server wins: {0}")
    @ValueSource(booleans = { false, true })
    void aStaleUpdateOfColumnsTheOfficeLeftAloneStandsBesideTheOfficesChangeWithoutAConflict(boolean serverWins) throws Exception {
        WorkOrder workOrder = downloaded(mine.get(serverWins ? 6 : 7));
        dispatcherChanges(workOrder, "{\"msdyn_city\":\"Shelbyville\"}");
        workOrder.setInstructions("Ladder needed " + serverWins);
        store.edits().update(workOrder);

        assertThat(upload(serverWins)).isEqualTo(new UploadReport(1, 0, 0, 0));

        WorkOrder onServer = server(workOrder);
        assertThat(onServer.getInstructions()).isEqualTo("Ladder needed " + serverWins);
        assertThat(onServer.getCity()).as("the office's change stands").isEqualTo("Shelbyville");
        assertThat(store.conflicts().all()).isEmpty();
        assertThat(store.syncErrors().unresolved()).isEmpty();
        assertThat(local(workOrder).getCity()).as("the device holds what the server holds").isEqualTo("Shelbyville");
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(onServer.getVersionNumber());
    }

    @Test
    void theDeviceWinningAConflictAlsoTakesTheOfficesOtherColumns() throws Exception {
        WorkOrder workOrder = downloaded(mine.get(8));
        dispatcherChanges(workOrder, "{\"msdyn_instructions\":\"Call first\",\"msdyn_city\":\"Ogdenville\"}");
        workOrder.setInstructions("Gate code 1234");
        store.edits().update(workOrder);

        assertThat(upload(false)).isEqualTo(new UploadReport(1, 1, 0, 0));

        WorkOrder onServer = server(workOrder);
        assertThat(onServer.getInstructions()).isEqualTo("Gate code 1234");
        assertThat(local(workOrder).getCity()).isEqualTo("Ogdenville").isEqualTo(onServer.getCity());
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(onServer.getVersionNumber());
    }

    @ParameterizedTest(name = "server wins: {0}")
    @ValueSource(booleans = { false, true })
    void anUpdateTheServerTookButTheDeviceNeverConfirmedIsConfirmedNotAConflict(boolean serverWins) throws Exception {
        WorkOrder workOrder = downloaded(mine.get(serverWins ? 4 : 5));
        workOrder.setInstructions("Sent once " + UUID.randomUUID());
        store.edits().update(workOrder);
        // The first attempt reached the server, but the device never read the answer (killed, or the connection lost).
        long applied = fixture.api(TECHNICIAN).send(new UploadRequests(UploadFixture.SCHEMA).of(RecordChange.merge(
                UploadFixture.SCHEMA.byClass(workOrder.eClass()).orElseThrow(), store.outbox().pending())));

        assertThat(upload(serverWins)).isEqualTo(new UploadReport(1, 0, 0, 0));

        assertThat(store.outbox().size()).isZero();
        assertThat(store.conflicts().all()).as("no conflict with its own write").isEmpty();
        assertThat(store.syncErrors().unresolved()).isEmpty();
        WorkOrder onServer = server(workOrder);
        assertThat(onServer.getInstructions()).isEqualTo(workOrder.getInstructions());
        assertThat(onServer.getVersionNumber()).as("not written again").isEqualTo(applied);
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(applied);
    }

    @Test
    void aForbiddenEditIsASyncErrorUploadedOnceWhileTheOtherEditsGo() throws Exception {
        Set<String> reachable = fixture.<WorkOrder>rows(TECHNICIAN, FieldbookPackage.Literals.WORK_ORDER, "$select=msdyn_name").stream()
                .map(WorkOrder::getId).collect(Collectors.toSet());
        WorkOrder theirs = fixture.<WorkOrder>rows(DISPATCHER, FieldbookPackage.Literals.WORK_ORDER, "$top=100").stream()
                .filter(row -> !reachable.contains(row.getId())).findFirst().orElseThrow();
        UploadFixture.download(store, theirs);
        WorkOrder hijacked = local(theirs);
        hijacked.setInstructions("Not my job");
        store.edits().update(hijacked);
        WorkOrder workOrder = downloaded(mine.get(3));
        workOrder.setInstructions("Done at " + UUID.randomUUID());
        store.edits().update(workOrder);

        assertThat(upload(false)).isEqualTo(new UploadReport(1, 0, 1, 0));
        assertThat(upload(false)).as("tried again next cycle").isEqualTo(new UploadReport(0, 0, 1, 0));

        assertThat(server(workOrder).getInstructions()).isEqualTo(workOrder.getInstructions());
        assertThat(store.outbox().pending()).singleElement().satisfies(entry -> assertThat(entry.recordId()).isEqualTo(theirs.getId()));
        assertThat(store.syncErrors().unresolved()).singleElement().satisfies(error -> {
            assertThat(error.getHttpStatus()).isEqualTo(403);
            assertThat(error.getAction()).isEqualTo("update");
            assertThat(error.getActionData()).isEqualTo("{\"msdyn_instructions\":\"Not my job\"}");
        });
        assertThat(store.syncErrors().notUploaded()).isEmpty();
        assertThat(fixture.<SyncError>rows(TECHNICIAN, FieldbookPackage.Literals.SYNC_ERROR,
                "$filter=_regardingobjectid_value%20eq%20" + theirs.getId())).singleElement().satisfies(uploaded -> {
                    assertThat(uploaded.getTableName()).isEqualTo("msdyn_workorder");
                    assertThat(uploaded.getActionData()).contains("Not my job");
                });
    }

    @Test
    void deletingARowTheServerAlreadyDeletedIsDone() throws Exception {
        WorkOrderServiceTask task = task(downloaded(mine.get(0)), "Gone already");
        fixture.api(TECHNICIAN).send(new UploadRequests(UploadFixture.SCHEMA).of(RecordChange.merge(
                UploadFixture.SCHEMA.byClass(task.eClass()).orElseThrow(), List.of(createEntry(task)))));
        UploadFixture.download(store, serverRows(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, task.getId()).get(0));
        fixture.api(DISPATCHER).send(new UploadRequest("DELETE", "msdyn_workorderservicetasks(" + task.getId() + ")", null, null));

        store.edits().delete(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, task.getId());

        assertThat(upload(false)).isEqualTo(new UploadReport(1, 0, 0, 0));
        assertThat(store.outbox().size()).isZero();
        assertThat(store.syncErrors().unresolved()).isEmpty();
    }

    @Test
    void anUploadCutOffByTheServerGoingAwayResumesWithoutDuplicates() throws Exception {
        WorkOrder workOrder = FieldbookFactory.eINSTANCE.createWorkOrder();
        workOrder.setId(UUID.randomUUID().toString());
        workOrder.setNumber("WO-RESUMED");
        store.edits().create(workOrder);
        store.edits().create(task(workOrder, "Resume"));
        // The first attempt's creates reached the server, but their answers were lost with the connection.
        fixture.api(TECHNICIAN).send(new UploadRequests(UploadFixture.SCHEMA).of(RecordChange.merge(
                UploadFixture.SCHEMA.byClass(workOrder.eClass()).orElseThrow(), List.of(store.outbox().pending().get(0)))));
        assertThatThrownBy(() -> new OutboxUpload().upload(UploadFixture.context(fixture.as(TECHNICIAN), unreachable(), store,
                TECHNICIAN, false), new NullProgressMonitor())).isInstanceOf(SyncException.class).hasMessageContaining("Cannot reach");
        assertThat(store.outbox().size()).as("nothing confirmed, nothing lost").isEqualTo(2);

        assertThat(upload(false)).isEqualTo(new UploadReport(2, 0, 0, 0));

        assertThat(store.outbox().size()).isZero();
        assertThat(store.syncErrors().unresolved()).isEmpty();
        assertThat(fixture.rows(TECHNICIAN, FieldbookPackage.Literals.WORK_ORDER, "$filter=msdyn_name%20eq%20'WO-RESUMED'")).hasSize(1);
        assertThat(local(workOrder).getVersionNumber()).isEqualTo(server(workOrder).getVersionNumber());
    }

    private UploadReport upload(boolean serverWins) throws Exception {
        return new OutboxUpload(2).upload(fixture.context(store, TECHNICIAN, serverWins), new NullProgressMonitor());
    }

    private WorkOrder downloaded(WorkOrder row) {
        UploadFixture.download(store, row);
        return local(row);
    }

    private WorkOrder local(WorkOrder row) {
        return store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, row.getId()).orElseThrow();
    }

    private WorkOrder server(WorkOrder row) throws Exception {
        return this.<WorkOrder>serverRows(FieldbookPackage.Literals.WORK_ORDER, row.getId()).get(0);
    }

    private WorkOrderServiceTask server(WorkOrderServiceTask row) throws Exception {
        return this.<WorkOrderServiceTask>serverRows(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, row.getId()).get(0);
    }

    private <T extends Record> List<T> serverRows(EClass table, String id) throws Exception {
        String key = UploadFixture.SCHEMA.byClass(table).orElseThrow().keyColumn();
        return fixture.rows(DISPATCHER, table, "$filter=" + key + "%20eq%20" + id);
    }

    private static void dispatcherSets(WorkOrder workOrder, String instructions) throws Exception {
        dispatcherChanges(workOrder, "{\"msdyn_instructions\":\"" + instructions + "\"}");
    }

    private static void dispatcherChanges(WorkOrder workOrder, String json) throws Exception {
        fixture.api(DISPATCHER).send(new UploadRequest("PATCH", "msdyn_workorders(" + workOrder.getId() + ")", null,
                json.getBytes(StandardCharsets.UTF_8)));
    }

    private static WorkOrderServiceTask task(WorkOrder workOrder, String name) {
        WorkOrderServiceTask task = FieldbookFactory.eINSTANCE.createWorkOrderServiceTask();
        task.setId(UUID.randomUUID().toString());
        task.setName(name);
        task.setWorkOrder(workOrder);
        return task;
    }

    private static OutboxEntry createEntry(WorkOrderServiceTask task) {
        return new OutboxEntry(0, "msdyn_workorderservicetask", task.getId(),
                Operation.CREATE, Map.of("msdyn_name", task.getName(),
                        "_msdyn_workorder_value", task.getWorkOrder().getId()), null, Map.of(), null);
    }

    private static List<Tuple> values(List<FieldValue> values) {
        return values.stream().map(value -> tuple(value.getColumn(), value.getValue())).toList();
    }

    private static URI unreachable() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/data/v9.2/");
        }
    }
}
