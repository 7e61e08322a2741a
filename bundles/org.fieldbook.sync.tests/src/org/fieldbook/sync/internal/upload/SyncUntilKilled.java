package org.fieldbook.sync.internal.upload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.CycleStart;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.faults.Device;

/**
 * Run in a child JVM (plain class path, no OSGi) by {@code KilledSyncTest}: a device that makes local edits and
 * runs a full sync cycle (profile, upload, download), saying on standard output every edit it committed and every
 * request it sends and answer it gets, numbered, and points inside each bulk load ({@link LoadsObserved}). Told to, it stops at one of those events and waits to be killed,
 * so that the test kills it at an exact point: before a request leaves, or after the server answered it (and
 * did what it asked) but before the device read the answer.
 * <p>
 * Arguments: the device's folder, the service root, an access token of the technician, a tag that makes this
 * run's values unique, a number that picks which of the device's work orders it edits, the event to stop at
 * (0: none). It says {@code synced} when the cycle ended and {@code outbox <n>} with what is left in it.
 */
public final class SyncUntilKilled {

    /** Small change sets, so that the upload is several requests and a kill can fall between them. */
    private static final int CHANGE_SET_SIZE = 2;

    private final LocalStore store;
    private final String tag;
    private final int pick;
    private final int stopAt;
    private int events;
    /** The work order this run created and the key of the downloaded one it edits, once it made its edits. */
    private WorkOrder created;
    private String theirs;

    private SyncUntilKilled(LocalStore store, String tag, int pick, int stopAt) {
        this.store = new LoadsObserved(store, this::event);
        this.tag = tag;
        this.pick = pick;
        this.stopAt = stopAt;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        URI serviceRoot = URI.create(args[1]);
        String token = args[2];
        DerbyLocalStore store = Device.openStore(folder);
        SyncUntilKilled device = new SyncUntilKilled(store, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        try (CloseableHttpClient http = device.new Observed(PooledHttpClients.create())) {
            device.editBeforeTheSync();
            device.sync(new AuthorizedHttp(http, new GivenToken(token)), serviceRoot);
            System.out.println("synced");
            System.out.println("outbox " + store.outbox().size());
        } catch (SyncException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(3);
        } finally {
            store.close();
        }
    }

    /** A cycle that makes edits when the download reaches the work orders. */
    private void sync(AuthorizedHttp http, URI serviceRoot) throws SyncException {
        cycle(http, serviceRoot, store, new NullProgressMonitor() {
            @Override
            public void setTaskName(String name) {
                if (name.equals("Downloading msdyn_workorders")) {
                    editDuringTheDownload();
                }
            }
        });
    }

    /**
     * The full cycle the engine runs ({@code SyncCycle}: profile, upload, download), with small change sets so
     * that the upload is several requests.
     */
    public static void cycle(AuthorizedHttp http, URI serviceRoot, LocalStore store, IProgressMonitor download) throws SyncException {
        CycleStart start = CycleStart.ask(http, serviceRoot, store, Clock.systemUTC(), false);
        SyncContext context = new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), start.device(), Clock.systemUTC());
        new OutboxUpload(CHANGE_SET_SIZE).upload(context, new NullProgressMonitor());
        new ProfileDownload(context).run(SubMonitor.convert(download), false, start.tablesAhead());
    }

    /**
     * A new work order with a task, then a change of it (merged into the create); on a device that holds work
     * orders, also a change of one of them and a new task on it. Always four changes: the same requests each run.
     */
    private void editBeforeTheSync() {
        created = FieldbookFactory.eINSTANCE.createWorkOrder();
        created.setId(UUID.randomUUID().toString());
        created.setNumber(tag + "-WO");
        created.setInstructions(tag + "-created");
        store.edits().create(created);
        expect("msdyn_workorders", created.getId(), "msdyn_name", created.getNumber());
        createTask(created, tag + "-task-1");
        updateInstructions(created.getId(), tag + "-created-and-changed");
        theirs = serverWorkOrder();
        if (theirs != null) {
            updateInstructions(theirs, tag + "-theirs-before");
            createTask(workOrder(theirs), tag + "-task-2");
        }
    }

    /**
     * Queued while the sync runs, between tables, after the upload confirmed the edits before it: changes of both
     * work orders and a new task. The download must leave them alone, the next sync send them.
     */
    private void editDuringTheDownload() {
        if (created == null) {
            return;
        }
        updateInstructions(created.getId(), tag + "-during-download");
        createTask(created, tag + "-task-3");
        if (theirs != null) {
            updateInstructions(theirs, tag + "-theirs-during-download");
        }
    }

    /** @return one of the work orders the device downloaded (not the one it just created), picked by the run's number */
    private String serverWorkOrder() {
        List<String> keys = new ArrayList<>(new TreeSet<>(store.records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet()));
        keys.remove(created.getId());
        return keys.isEmpty() ? null : keys.get(pick % keys.size());
    }

    private WorkOrder workOrder(String key) {
        Optional<WorkOrder> found = store.records().find(FieldbookPackage.Literals.WORK_ORDER, key);
        return found.orElseThrow();
    }

    private void createTask(WorkOrder workOrder, String name) {
        WorkOrderServiceTask task = FieldbookFactory.eINSTANCE.createWorkOrderServiceTask();
        task.setId(UUID.randomUUID().toString());
        task.setName(name);
        task.setWorkOrder(workOrder);
        store.edits().create(task);
        expect("msdyn_workorderservicetasks", task.getId(), "msdyn_name", name);
    }

    private void updateInstructions(String key, String instructions) {
        WorkOrder workOrder = workOrder(key);
        workOrder.setInstructions(instructions);
        store.edits().update(workOrder);
        expect("msdyn_workorders", key, "msdyn_instructions", instructions);
    }

    /** Says, once it is committed, which value the server must end up holding once, on which row. */
    private static void expect(String entitySet, String key, String column, String value) {
        System.out.println("expect " + entitySet + " " + key + " " + column + " " + value);
    }

    /**
     * Counts the event and, when it is the one to stop at, waits there for the kill. Bulk loads say theirs from the
     * thread that writes them, between their table's requests and the next table's.
     */
    private synchronized void event(String what) {
        events++;
        System.out.println("event " + events + " " + what);
        if (events == stopAt) {
            System.out.println("waiting to be killed");
            while (true) {
                LockSupport.park();
            }
        }
    }

    /** The product's HTTP client, with an event before each request leaves and after each answer's head arrived. */
    private final class Observed extends CloseableHttpClient {

        private final CloseableHttpClient http;

        Observed(CloseableHttpClient http) {
            this.http = http;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context) throws IOException {
            String line = request.getMethod() + " " + request.getRequestUri();
            event("sending " + line);
            CloseableHttpResponse response = http.execute(target, request, context);
            event("answered " + response.getCode() + " to " + line);
            return response;
        }

        @Override
        public void close(CloseMode closeMode) {
            http.close(closeMode);
        }

        @Override
        public void close() throws IOException {
            http.close();
        }
    }

    /** The test signed in; a run is far shorter than a token's hour, so the child never renews it. */
    record GivenToken(String token) implements BackOfficeAccount {

        @Override
        public void signIn(String user, char[] password) {
            throw new UnsupportedOperationException("the test signs in");
        }

        @Override
        public void signOut() {
            // nothing kept
        }

        @Override
        public Optional<String> userName() {
            return Optional.of("technician");
        }

        @Override
        public String accessToken() {
            return token;
        }

        @Override
        public void rejected(String rejected) {
            // a 401 fails the run: the test sees it in the output
        }
    }
}
