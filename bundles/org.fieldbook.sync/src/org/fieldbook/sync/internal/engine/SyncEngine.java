package org.fieldbook.sync.internal.engine;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.ConflictChoice;
import org.fieldbook.sync.PresenceReason;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.ConflictReview;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.PresenceReasons;
import org.fieldbook.sync.internal.SyncLog;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.sync.internal.upload.SyncSummaryUpload;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The sync service: {@link SyncCycles} runs the cycles (never two at once), a {@link SyncTimer} starts them
 * on schedule and soon after local edits, and listeners hear every status change.
 */
@Component(service = SyncService.class)
public final class SyncEngine implements SyncService {

    private static final String APP_BUNDLE = "org.fieldbook.app";

    private final CloseableHttpClient http = PooledHttpClients.create();
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final SyncCycles cycles;
    private final SyncTimer timer;
    private final PresenceReasons presence;
    private final ConflictReview review;
    private final LocalStore store;
    /** The count of waiting changes follows each local edit at once, not the timer's next look. */
    private final Runnable recount;

    @Activate
    public SyncEngine(@Reference LocalStore store, @Reference BackOfficeConnection connection,
            @Reference BackOfficeAccount account) {
        this(store, connection, account, Clock.systemDefaultZone());
    }

    SyncEngine(LocalStore store, BackOfficeConnection connection, BackOfficeAccount account, Clock clock) {
        SyncSchedule schedule = new SyncSchedule(clock, new SecureRandom());
        OutboxUpload upload = new OutboxUpload();
        SyncCycle cycle = new SyncCycle(new AuthorizedHttp(http, account), connection.serviceRoot(), store, clock,
                upload::upload, new SyncSummaryUpload(clientVersion()));
        cycles = new SyncCycles(cycle, store, schedule, this::tell);
        timer = new SyncTimer(cycles, schedule, store);
        this.store = store;
        recount = cycles::recount;
        store.outbox().addEditListener(recount);
        presence = new PresenceReasons(store, DataverseSchema.fieldbook());
        review = new ConflictReview(store, DataverseSchema.fieldbook(), clock);
        timer.schedule();
    }

    /**
     * @return the version of the app bundle, which devices report in their sync summaries; the sync bundle's own
     *         where the app is not installed (tools, tests)
     */
    static String clientVersion() {
        Bundle sync = FrameworkUtil.getBundle(SyncEngine.class);
        if (sync == null || sync.getBundleContext() == null) {
            return "unknown";
        }
        return Arrays.stream(sync.getBundleContext().getBundles()).filter(bundle -> APP_BUNDLE.equals(bundle.getSymbolicName()))
                .findFirst().orElse(sync).getVersion().toString();
    }

    /** Stops the timer and the running cycle and releases the connections; also for tests and tools. */
    @Deactivate
    public void deactivate() {
        store.outbox().removeEditListener(recount);
        timer.stop(); // before the cycles: a look that runs may still ask for one
        cycles.cancel();
        try {
            cycles.join();
            http.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            SyncLog.of(SyncEngine.class).warn("Closing the sync HTTP client failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Job syncNow() {
        return cycles.request(SyncCycle.Mode.FULL);
    }

    @Override
    public void cancel() {
        cycles.cancel();
    }

    @Override
    public SyncStatus status() {
        return cycles.status();
    }

    @Override
    public List<PresenceReason> whyOnDevice(EClass table, String id) {
        return presence.of(DataverseSchema.fieldbook().byClass(table)
                .orElseThrow(() -> new IllegalArgumentException(table.getName() + " is no table")), id);
    }

    @Override
    public void resolveConflict(String conflictId, Map<String, ConflictChoice> choices) {
        review.resolve(conflictId, choices);
        cycles.request(SyncCycle.Mode.UPLOAD_ONLY);
    }

    @Override
    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    private void tell(SyncStatus status) {
        for (SyncListener listener : listeners) {
            try {
                listener.changed(status);
            } catch (RuntimeException e) {
                SyncLog.of(SyncEngine.class).error("A sync listener failed: " + e.getMessage(), e);
            }
        }
    }
}
