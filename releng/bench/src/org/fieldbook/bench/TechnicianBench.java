package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;

/**
 * One technician with the shipped default profile: a first sync on an empty device, a sync with nothing
 * changed, a sync after the dispatcher changed 50 of their work orders, and 1,000 tasks created on the
 * device uploaded.
 */
final class TechnicianBench {

    /** About 90 bookings in the technician's ±7-day window and about 4,000 rows on the device. */
    static final DemoSize SIZE = new DemoSize(40, 12_000, 3_000, 3_000);
    private static final int RUNS = 5;
    /** Empty deltas timed: they take milliseconds, and their median moves with a few slow ones. */
    private static final int DELTA_RUNS = 21;
    /** Empty deltas sent before those timed: a back office serving its fleet has compiled their paths long before. */
    private static final int DELTA_WARM_UP = 20;
    private static final int SERVER_EDITS = 50;
    private static final int LOCAL_EDITS = 1_000;

    private final BenchBackOffice office;
    private final Path folder;
    private final AuthorizedHttp technician;
    private final AuthorizedHttp dispatcher;

    TechnicianBench(BenchBackOffice office, Path folder) throws Exception {
        this.office = office;
        this.folder = folder;
        this.technician = office.as("tech1");
        this.dispatcher = office.as("dispatcher");
    }

    void run() throws Exception {
        List<BenchDevice> devices = new ArrayList<>();
        Timings agenda = Timings.ofSelfTimed(RUNS, run -> devices.add(newDevice()), () -> AgendaProbe.firstSync(devices.getLast()));
        Timings initial = Timings.of(RUNS, run -> devices.add(newDevice()), () -> devices.getLast().download());
        BenchDevice device = devices.getLast();
        devices.subList(0, devices.size() - 1).forEach(BenchDevice::close);
        long onDevice = rowsOn(device);
        long bookings = device.store().records().count(FieldbookPackage.Literals.BOOKING);
        for (int i = 0; i < DELTA_WARM_UP; i++) {
            device.download();
        }
        Timings unchanged = Timings.of(DELTA_RUNS, run -> { }, device::download);
        Timings edited = Timings.of(RUNS, run -> editOnServer(device, run), device::download);
        DeviceProfile profile = device.profile();
        Timings upload = Timings.of(3, run -> createTasks(device), () -> device.upload(profile));
        device.close();

        System.out.printf("Default technician (tech1, shipped profile, %s): %,d rows on the device, %d bookings%n%n",
                SIZE, onDevice, bookings);
        System.out.println("| sync (download: profile fetch + every table) | rows written | median ms | min ms | max ms | target ms | met |");
        System.out.println("|---|---|---|---|---|---|---|");
        initial.print("initial sync, empty device", 1_500);
        agenda.print("agenda of today complete (rows: its bookings), from the start of an initial sync", 300);
        unchanged.print("delta, nothing changed", 100);
        edited.print("delta after " + SERVER_EDITS + " work orders changed on the server", 400);
        System.out.printf("%nUpload of %,d tasks created on the device (OutboxUpload, change sets of 100): %s records/s%n%n",
                upload.count(), upload.perSecond());
    }

    private BenchDevice newDevice() throws Exception {
        return new BenchDevice(technician, office.serviceRoot(), Files.createTempDirectory(folder, "device").resolve("db"));
    }

    private static long rowsOn(BenchDevice device) {
        return new RecordTables(DataverseSchema.fieldbook()).all().stream().mapToLong(table -> device.store().records().count(table.eClass())).sum();
    }

    /** The dispatcher changes the instructions of 50 of the technician's work orders. */
    private void editOnServer(BenchDevice device, int run) throws Exception {
        List<String> workOrders = device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().stream()
                .sorted().limit(SERVER_EDITS).toList();
        for (String id : workOrders) {
            office.patch(dispatcher, "msdyn_workorders(" + id + ")", "{\"msdyn_instructions\":\"Changed in the office, run " + run + "\"}");
        }
    }

    /** Queues 1,000 new service tasks spread over the technician's work orders. */
    private static void createTasks(BenchDevice device) {
        List<String> workOrders = List.copyOf(device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet());
        for (int i = 0; i < LOCAL_EDITS; i++) {
            WorkOrder workOrder = device.store().records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER,
                    workOrders.get(i % workOrders.size())).orElseThrow();
            WorkOrderServiceTask task = FieldbookFactory.eINSTANCE.createWorkOrderServiceTask();
            task.setId(UUID.randomUUID().toString());
            task.setName("Benchmark task " + i);
            task.setWorkOrder(workOrder);
            device.store().edits().create(task);
        }
    }
}
