package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.upload.UploadReport;

/**
 * One simulated technician: a device of their own (store and HTTP client, as a tablet has) that edits a few of
 * the technician's work orders and adds service tasks, then runs a full sync cycle as the Sync button does
 * (profile, upload, download), and pauses. Which of its values the server took, and when, goes to
 * {@link FieldWrites}; the tasks it created are kept for the final check.
 */
final class LoadTechnician implements AutoCloseable {

    /** The work orders each technician edits, which the dispatcher edits too, so that conflicts arise. */
    static final int HOT_WORK_ORDERS = 3;

    private final String user;
    private final CloseableHttpClient client;
    private final AuthorizedHttp http;
    private final BenchDevice device;
    private final Path folder;
    private final FieldWrites writes;
    private final LoadStats stats;
    private final Random random;
    /** Work order → the instructions written on the device and not yet taken by the server. */
    private final Map<String, String> unsent = new HashMap<>();
    /** Service task key → name, of every task created on the device. */
    private final Map<String, String> created = new HashMap<>();
    private List<String> hot = List.of();
    private int edits;

    LoadTechnician(String user, ServerProcess server, RequestLog.Phase phase, Path folder, Path database, FieldWrites writes,
            LoadStats stats, long seed) throws SyncException {
        this.user = user;
        this.client = RequestLog.client(phase);
        this.http = server.signIn(client, user);
        this.device = new BenchDevice(http, server.serviceRoot(), database);
        this.folder = folder;
        this.writes = writes;
        this.stats = stats;
        this.random = new Random(seed);
    }

    String user() {
        return user;
    }

    AuthorizedHttp http() {
        return http;
    }

    BenchDevice device() {
        return device;
    }

    Map<String, String> createdTasks() {
        return created;
    }

    List<String> hotWorkOrders() {
        return hot;
    }

    /** The first sync of an empty device; picks the work orders to edit. */
    void firstSync() throws SyncException {
        device.download();
        hot = device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().stream().sorted()
                .limit(HOT_WORK_ORDERS).toList();
    }

    /** Edits, syncs and pauses about {@code pauseMillis} (±50 %) until {@code deadline} (nanoTime). */
    void work(long deadline, long pauseMillis) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            edit();
            sync();
            long pause = pauseMillis / 2 + (long) (random.nextDouble() * pauseMillis);
            Thread.sleep(Math.max(0, Math.min(pause, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }

    /** A full cycle: the profile, the outbox, every table; a failure is counted and the next cycle tries again. */
    void sync() {
        long start = System.nanoTime();
        try {
            DeviceProfile profile = device.profile();
            UploadReport upload;
            long uploadStart = System.nanoTime();
            try {
                upload = device.send(profile);
            } finally {
                taken(uploadStart, System.nanoTime());
            }
            device.download(profile);
            stats.cycle(System.nanoTime() - start, upload);
        } catch (SyncException | RuntimeException e) {
            stats.failed(e);
        }
    }

    private void edit() {
        if (hot.isEmpty()) {
            return;
        }
        String id = hot.get(random.nextInt(hot.size()));
        WorkOrder workOrder = device.store().records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, id).orElseThrow();
        String value = user + " edit " + ++edits;
        workOrder.setInstructions(value);
        device.store().edits().update(workOrder);
        unsent.put(id, value);
        stats.edits.increment();
        if (edits % 2 == 0) {
            WorkOrderServiceTask task = FieldbookFactory.eINSTANCE.createWorkOrderServiceTask();
            task.setId(UUID.randomUUID().toString());
            task.setName(user + " task " + edits);
            task.setWorkOrder(workOrder);
            device.store().edits().create(task);
            created.put(task.getId(), task.getName());
            stats.tasks.increment();
        }
    }

    /** Records as written the instructions whose outbox entries an upload between {@code start} and {@code end} removed. */
    private void taken(long start, long end) {
        Set<String> waiting = device.store().outbox().pending().stream().map(OutboxEntry::recordId).collect(Collectors.toSet());
        unsent.entrySet().removeIf(edit -> {
            if (waiting.contains(edit.getKey())) {
                return false;
            }
            writes.record(new FieldWrites.Field(edit.getKey(), FieldWrites.Column.INSTRUCTIONS),
                    new FieldWrites.Write(user, edit.getValue(), start, end, true));
            return true;
        });
    }

    /** Records the instructions still unsent as writes that may or may not have reached the server. */
    void giveUp() {
        unsent.forEach((id, value) -> writes.record(new FieldWrites.Field(id, FieldWrites.Column.INSTRUCTIONS),
                new FieldWrites.Write(user, value, 0, Long.MAX_VALUE, false)));
    }

    /** @return edits still in the outbox */
    int pending() {
        return device.store().outbox().size();
    }

    @Override
    public void close() throws IOException {
        device.close();
        client.close();
        DeviceTemplate.delete(folder);
    }
}
