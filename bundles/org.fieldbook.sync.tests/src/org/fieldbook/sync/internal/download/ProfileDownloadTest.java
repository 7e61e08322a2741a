package org.fieldbook.sync.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.PresenceReason;
import org.fieldbook.sync.PresenceReason.Kind;
import org.fieldbook.sync.internal.PresenceReasons;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ConsoleCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A technician's device downloads the shipped profile from the real back office: the bookings of their
 * resource seven days either side of today, what those bookings relate to, and the reference tables; later
 * syncs fetch only what changed and remove what left.
 */
class ProfileDownloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private DemoData demo;
    private Device device;
    private DerbyLocalStore store;
    private SyncContext context;

    @BeforeEach
    void signInWithAnEmptyDevice() throws Exception {
        demo = new DemoDataGenerator(7, today, ZoneOffset.UTC).generate(new DemoSize(3, 60, 15, 10));
        backOffice.server().loadDemoData(demo);
        device = Device.signedIn(backOffice.serviceRoot(), folder, "tech1");
        store = device.store();
        context = device.context(Clock.systemUTC());
    }

    @AfterEach
    void close() throws IOException {
        device.close();
    }

    @Test
    void theFirstSyncBringsTheBookingWindowAndWhatItRelatesTo() throws Exception {
        sync();

        Set<Booking> window = windowBookings(7);
        assertThat(window).isNotEmpty();
        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).isEqualTo(ids(window));
        Set<String> workOrders = window.stream().map(booking -> booking.getWorkOrder().getId()).collect(Collectors.toSet());
        assertThat(localIds(FieldbookPackage.Literals.WORK_ORDER)).isEqualTo(workOrders);
        assertThat(localIds(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(window.stream()
                .map(booking -> booking.getWorkOrder().getServiceAccount().getId()).collect(Collectors.toSet()));
        assertThat(localIds(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK)).isEqualTo(demo.<WorkOrderServiceTask>rows(
                FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK).stream().filter(task -> workOrders.contains(task.getWorkOrder().getId()))
                .map(Record::getId).collect(Collectors.toSet()));
        assertThat(store.records().count(FieldbookPackage.Literals.BOOKING_STATUS))
                .isEqualTo(demo.rows(FieldbookPackage.Literals.BOOKING_STATUS).size());
        assertThat(store.records().count(FieldbookPackage.Literals.PRODUCT)).isEqualTo(demo.rows(FieldbookPackage.Literals.PRODUCT).size());
        assertThat(store.records().count(FieldbookPackage.Literals.BOOKABLE_RESOURCE)).isEqualTo(1);
        assertThat(store.syncStates().get("msdyn_workorder").nextDue()).isAfter(Instant.now());
    }

    /**
     * The admin narrows the booking window in the console's filter builder (each "last/next X days" from 7 to 1) and
     * publishes; the device's next sync leaves it the bookings of the new window only.
     */
    @Test
    void aNarrowerBookingWindowPublishedInTheConsoleShrinksTheDevicesBookings() throws Exception {
        Instant tenToday = today.atTime(10, 0).toInstant(ZoneOffset.UTC);
        String todays = book(demoResourceOf(0), tenToday, tenToday.plusSeconds(3600));
        device.download();
        Set<String> week = new HashSet<>(ids(windowBookings(7)));
        week.add(todays);
        Set<String> day = new HashSet<>(ids(windowBookings(1)));
        day.add(todays);
        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).isEqualTo(week);
        assertThat(day).hasSizeLessThan(week.size());

        ConsoleCalls console = ConsoleCalls.signIn(backOffice.serviceRoot(), "admin", BackOfficeServer.DEMO_PASSWORD);
        String profile = StreamSupport.stream(JSON.readTree(console.ok("GET", "profiles", null)).spliterator(), false)
                .filter(summary -> summary.path("managed").asBoolean()).findFirst().orElseThrow().path("id").asText();
        JsonNode bookings = StreamSupport.stream(JSON.readTree(console.ok("GET", "profiles/" + profile, null)).path("items").spliterator(), false)
                .filter(item -> item.path("table").asText().equals("bookableresourcebooking")).findFirst().orElseThrow();
        ObjectNode tree = (ObjectNode) bookings.path("builder").path("tree");
        tree.path("members").forEach(condition -> ((ArrayNode) condition.path("values")).removeAll().add("1"));
        ObjectNode edit = tree.objectNode().put("downloadFilter", "customFilter").set("filter", tree);
        JsonNode draft = JSON.readTree(console.ok("PATCH", "profiles/" + profile + "/items/bookableresourcebooking", edit.toString()));
        assertThat(draft.path("unpublishedChanges").asBoolean()).isTrue();
        console.ok("POST", "profiles/" + profile + "/publish", null);

        device.download();

        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).isEqualTo(day);
    }

    @Test
    void aFirstSyncCompletesTodaysAgendaBeforeTheRestOfTheWindow() throws Exception {
        // One more job today: the work order of a booking later in the window.
        Booking later = windowBookings(7).stream().filter(booking -> !startsToday(booking)).findFirst().orElseThrow();
        Instant nine = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
        String added = book(demoResourceOf(0), nine, nine.plus(Duration.ofHours(1)), later.getWorkOrder().getId());
        Set<Booking> todays = windowBookings(7).stream().filter(this::startsToday).collect(Collectors.toSet());
        Set<WorkOrder> workOrders = todays.stream().map(Booking::getWorkOrder).collect(Collectors.toSet());
        workOrders.add(later.getWorkOrder());

        assertThatThrownBy(() -> syncUntil("Downloading bookableresourcebookings")).isInstanceOf(OperationCanceledException.class);

        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(ids(todays).stream(), Stream.of(added)).toList());
        assertThat(localIds(FieldbookPackage.Literals.WORK_ORDER)).isEqualTo(ids(workOrders));
        assertThat(localIds(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(workOrders.stream()
                .map(workOrder -> workOrder.getServiceAccount().getId()).collect(Collectors.toSet()));
        assertThat(store.records().count(FieldbookPackage.Literals.BOOKING_STATUS))
                .isEqualTo(demo.rows(FieldbookPackage.Literals.BOOKING_STATUS).size());
        assertThat(store.records().count(FieldbookPackage.Literals.PRODUCT)).as("the catalogue comes last").isZero();
        assertThat(store.syncStates().get("bookableresourcebooking").lastSuccess()).as("the window is not done").isNull();

        sync();
        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).containsAll(ids(windowBookings(7))).contains(added)
                .hasSize(windowBookings(7).size() + 1);
    }

    private boolean startsToday(Booking booking) {
        return booking.getStartTime().atZone(ZoneOffset.UTC).toLocalDate().equals(today);
    }

    @Test
    void onlyAFirstSyncTakesTodayAhead() throws Exception {
        sync();

        List<String> tasks = new ArrayList<>();
        new ProfileDownload(context).run(SubMonitor.convert(new NullProgressMonitor() {
            @Override
            public void setTaskName(String name) {
                tasks.add(name);
            }
        }));

        assertThat(tasks).contains("Downloading bookableresourcebookings").noneMatch(task -> task.contains("today"));
    }

    @Test
    void aSecondSyncWithNothingChangedWritesNothing() throws Exception {
        sync();

        assertThat(sync()).isZero();
    }

    @Test
    void serverChangesArriveAndRowsThatLeftAreRemoved() throws Exception {
        sync();
        Booking moved = windowBookings(7).iterator().next();
        WorkOrder renamed = windowBookings(7).stream().map(Booking::getWorkOrder)
                .filter(workOrder -> !workOrder.getId().equals(moved.getWorkOrder().getId())).findFirst().orElseThrow();
        String product = demo.rows(FieldbookPackage.Literals.PRODUCT).get(0).getId();
        dispatcher("PATCH", "msdyn_workorders(" + renamed.getId() + ")", "{\"msdyn_instructions\":\"Changed in the office\"}");
        Instant later = today.plusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC);
        dispatcher("PATCH", "bookableresourcebookings(" + moved.getId() + ")",
                "{\"starttime\":\"" + later + "\",\"endtime\":\"" + later.plusSeconds(3600) + "\"}");
        dispatcher("DELETE", "products(" + product + ")", null);

        sync();

        assertThat(store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, renamed.getId()).orElseThrow()
                .getInstructions()).isEqualTo("Changed in the office");
        assertThat(store.records().find(FieldbookPackage.Literals.BOOKING, moved.getId())).as("out of the window").isEmpty();
        assertThat(store.records().find(FieldbookPackage.Literals.PRODUCT, product)).as("deleted on the server").isEmpty();
    }

    @Test
    void aRowWithLocalEditsIsNotOverwrittenByTheDownload() throws Exception {
        sync();
        WorkOrder mine = store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER,
                windowBookings(7).iterator().next().getWorkOrder().getId()).orElseThrow();
        mine.setInstructions("Typed on the tablet");
        store.edits().update(mine);
        dispatcher("PATCH", "msdyn_workorders(" + mine.getId() + ")", "{\"msdyn_instructions\":\"Typed in the office\"}");

        sync();

        assertThat(store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, mine.getId()).orElseThrow()
                .getInstructions()).isEqualTo("Typed on the tablet");
    }

    @Test
    void theWindowIsTheDevicesDaysAndSlidesWithItsClock() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant windowStart = today.minusDays(7).atStartOfDay(berlin).toInstant();
        Instant lastMinute = today.plusDays(8).atStartOfDay(berlin).toInstant().minusSeconds(60);
        String resource = store.records().versions(FieldbookPackage.Literals.BOOKABLE_RESOURCE).keySet().stream().findFirst()
                .orElseGet(() -> demoResourceOf(0));
        String endsAtTheStart = book(resource, windowStart.minusSeconds(3600), windowStart);
        String startsAtTheEnd = book(resource, lastMinute, lastMinute.plusSeconds(3600));
        String justBefore = book(resource, windowStart.minusSeconds(7200), windowStart.minusSeconds(60));
        Clock berlinNow = Clock.fixed(today.atTime(12, 0).atZone(berlin).toInstant(), berlin);

        sync(berlinNow);

        Set<String> local = localIds(FieldbookPackage.Literals.BOOKING);
        assertThat(local).contains(endsAtTheStart, startsAtTheEnd).doesNotContain(justBefore);

        sync(Clock.offset(berlinNow, Duration.ofDays(1)));

        assertThat(localIds(FieldbookPackage.Literals.BOOKING)).as("a day later").doesNotContain(endsAtTheStart)
                .contains(startsAtTheEnd);
    }

    @Test
    void aRecordCreatedOnTheDeviceStaysThoughNoFilterChoosesIt() throws Exception {
        sync();
        WorkOrder created = FieldbookFactory.eINSTANCE.createWorkOrder();
        created.setNumber("WO-OFFLINE");
        store.edits().create(created);

        sync();

        assertThat(store.records().find(FieldbookPackage.Literals.WORK_ORDER, created.getId())).isPresent();
    }

    @Test
    void theDeviceSaysWhyEachRecordIsThere() throws Exception {
        sync();
        Booking booking = windowBookings(7).iterator().next();
        String workOrder = booking.getWorkOrder().getId();
        String task = store.records().referencing(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK, "_msdyn_workorder_value",
                workOrder, 1).get(0);
        WorkOrder created = FieldbookFactory.eINSTANCE.createWorkOrder();
        created.setNumber("WO-HERE");
        store.edits().create(created);
        PresenceReasons reasons = new PresenceReasons(store, DataverseSchema.fieldbook());

        assertThat(kinds(reasons, FieldbookPackage.Literals.BOOKING, booking.getId())).containsExactly(Kind.IN_FILTER);
        assertThat(reasons.of(table(FieldbookPackage.Literals.WORK_ORDER), workOrder)).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(Kind.RELATED);
            assertThat(reason.relatedTable()).isEqualTo("bookableresourcebooking");
            assertThat(reason.relatedIds()).contains(booking.getId());
        });
        assertThat(reasons.of(table(FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK), task)).singleElement()
                .satisfies(reason -> assertThat(reason.relatedIds()).containsExactly(workOrder));
        assertThat(kinds(reasons, FieldbookPackage.Literals.PRODUCT, demo.rows(FieldbookPackage.Literals.PRODUCT).get(0).getId()))
                .containsExactly(Kind.ALL_RECORDS);
        assertThat(kinds(reasons, FieldbookPackage.Literals.WORK_ORDER, created.getId())).containsExactly(Kind.CREATED_HERE);
    }

    private static List<Kind> kinds(PresenceReasons reasons, EClass table, String id) {
        return reasons.of(table(table), id).stream().map(PresenceReason::kind).toList();
    }

    private static DataverseTable table(EClass table) {
        return DataverseSchema.fieldbook().byClass(table).orElseThrow();
    }

    private int sync() throws Exception {
        return new ProfileDownload(context).run(SubMonitor.convert(new NullProgressMonitor()));
    }

    /** Syncs until the download's task is {@code task}, then cancels. */
    private void syncUntil(String task) throws Exception {
        new ProfileDownload(context).run(SubMonitor.convert(new NullProgressMonitor() {
            @Override
            public void setTaskName(String name) {
                if (name.equals(task)) {
                    setCanceled(true);
                }
            }
        }));
    }

    private int sync(Clock clock) throws Exception {
        SyncContext at = new SyncContext(context.http(), context.serviceRoot(), store, context.schema(), context.device(), clock);
        return new ProfileDownload(at).run(SubMonitor.convert(new NullProgressMonitor()));
    }

    private String demoResourceOf(int technician) {
        return demo.<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .filter(booking -> demo.technicianUserIds().get(technician).equals(booking.getResource().getUserId()))
                .map(booking -> booking.getResource().getId()).findFirst().orElseThrow();
    }

    /** @return the key of a booking the dispatcher made for the resource */
    private String book(String resource, Instant start, Instant end) throws Exception {
        return book(resource, start, end, null);
    }

    /** @return the key of a booking the dispatcher made of the resource, for the work order if not null */
    private String book(String resource, Instant start, Instant end, String workOrder) throws Exception {
        String id = UUID.randomUUID().toString();
        dispatcher("POST", "bookableresourcebookings", "{\"bookableresourcebookingid\":\"" + id + "\",\"name\":\"Edge\","
                + "\"starttime\":\"" + start + "\",\"endtime\":\"" + end + "\","
                + (workOrder == null ? "" : "\"msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrder + ")\",")
                + "\"Resource@odata.bind\":\"/bookableresources(" + resource + ")\"}");
        return id;
    }

    /** The shipped filter's shape: a start or end from today minus {@code days} to the end of today plus {@code days}, in UTC. */
    private Set<Booking> windowBookings(int days) {
        Instant from = today.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = today.plusDays(days + 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
        String technician = demo.technicianUserIds().get(0);
        return demo.<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .filter(booking -> technician.equals(booking.getResource().getUserId()))
                .filter(booking -> within(booking.getStartTime(), from, to) || within(booking.getEndTime(), from, to))
                .collect(Collectors.toSet());
    }

    private static boolean within(Instant time, Instant from, Instant to) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    private Set<String> localIds(EClass table) {
        return store.records().versions(table).keySet();
    }

    private static Set<String> ids(Set<? extends Record> rows) {
        return rows.stream().map(Record::getId).collect(Collectors.toSet());
    }

    private void dispatcher(String method, String path, String body) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(backOffice.server().tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username=dispatcher&password=" + BackOfficeServer.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        String access = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(backOffice.serviceRoot().resolve(path))
                .header("Authorization", "Bearer " + access).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
}
