package org.fieldbook.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.sync.internal.engine.SyncEngine;

/** A technician's tablet for UI tests: a real encrypted store, account and sync engine against one back office. */
public final class TechnicianDevice implements AutoCloseable {

    public static final String MY_SUMMARY = "Replaced the seal";
    public static final String MY_CITY = "Springfield";
    public static final String OFFICE_SUMMARY = "Customer away until noon";
    public static final String OFFICE_CITY = "Shelbyville";

    private final CloseableHttpClient http = PooledHttpClients.create();
    private final URI serviceRoot;
    private final DerbyLocalStore store;
    private final OAuthAccount account;
    private final WebApiBackOfficeConnection connection;
    private final SyncEngine engine;

    public TechnicianDevice(URI serviceRoot, Path folder) throws IOException {
        this.serviceRoot = serviceRoot;
        store = new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "ui-test-key");
        account = OAuthAccount.of(serviceRoot, SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), null),
                http);
        connection = new WebApiBackOfficeConnection(serviceRoot);
        engine = new SyncEngine(store, connection, account);
    }

    /** Signs in as {@code user} with the demo password. */
    public TechnicianDevice signedIn(String user) throws SyncException {
        account.signIn(user, BackOfficeServer.DEMO_PASSWORD.toCharArray());
        return this;
    }

    /** Signs in as {@code user} with the demo password and syncs once. */
    public TechnicianDevice synced(String user) throws SyncException, InterruptedException {
        signedIn(user).engine.syncNow().join();
        return this;
    }

    /**
     * The office changes a work order's summary and city, then the technician changes them here before
     * the device has heard of it, and the device syncs. When the server wins conflicts, it leaves an open
     * conflict and a sync error.
     *
     * @return the key of the work order (the device's first)
     */
    public String conflictOver(OfficeUser office) throws IOException, InterruptedException {
        String id = workOrderIds().get(0);
        if (OFFICE_SUMMARY.equals(workOrder(id).getSummary()) || OFFICE_CITY.equals(workOrder(id).getCity())) {
            // An earlier test's conflict (tests share a back office): the office's change must differ from the base.
            office.patch("msdyn_workorders(" + id + ")",
                    "{\"msdyn_workordersummary\":\"Before the conflict\",\"msdyn_city\":\"Ogdenville\"}");
            engine.syncNow().join();
        }
        WorkOrder seen = workOrder(id);
        office.patch("msdyn_workorders(" + id + ")",
                "{\"msdyn_workordersummary\":\"" + OFFICE_SUMMARY + "\",\"msdyn_city\":\"" + OFFICE_CITY + "\"}");
        WorkOrder edited = EcoreUtil.copy(seen);
        edited.setSummary(MY_SUMMARY);
        edited.setCity(MY_CITY);
        // Based on what the technician saw: an automatic sync landing meanwhile cannot make it a plain update.
        store.edits().update(seen, edited);
        engine.syncNow().join();
        return id;
    }

    /** @return a booking of the technician's still to do (Scheduled), with its status as the device holds it */
    public Booking scheduledBooking() {
        for (String id : store.records().versions(FieldbookPackage.Literals.BOOKING).keySet()) {
            Booking booking = store.records().<Booking>find(FieldbookPackage.Literals.BOOKING, id).orElseThrow();
            Optional<BookingStatus> status = booking.getStatus() == null ? Optional.empty()
                    : store.records().find(FieldbookPackage.Literals.BOOKING_STATUS, booking.getStatus().getId());
            if (booking.getWorkOrder() != null
                    && status.map(BookingStatus::getFieldServiceStatus).orElse(null) == FieldServiceStatus.SCHEDULED) {
                return booking;
            }
        }
        throw new AssertionError("no scheduled booking on the device");
    }

    /** @return the work orders on the device */
    public List<String> workOrderIds() {
        return List.copyOf(store.records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet());
    }

    public WorkOrder workOrder(String id) {
        return store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER, id).orElseThrow();
    }

    public DerbyLocalStore store() {
        return store;
    }

    public OAuthAccount account() {
        return account;
    }

    public WebApiBackOfficeConnection connection() {
        return connection;
    }

    public SyncEngine engine() {
        return engine;
    }

    public URI serviceRoot() {
        return serviceRoot;
    }

    @Override
    public void close() throws IOException {
        engine.deactivate();
        store.close();
        http.close();
    }
}
