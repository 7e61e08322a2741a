package org.fieldbook.sync.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.FaultProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The sync service against the real back office: a cycle as a job, its status, and what failures look like. */
class SyncEngineTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private CloseableHttpClient http;
    private DerbyLocalStore store;
    private final List<SyncStatus> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void demoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(3, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC)
                .generate(DemoSize.small()));
    }

    @BeforeEach
    void openDevice() {
        http = PooledHttpClients.create();
        store = new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "engine-test-key");
    }

    @AfterEach
    void close() throws IOException {
        store.close();
        http.close();
    }

    @Test
    void syncNowRunsACycleAndTellsListenersHowItWent() throws Exception {
        SyncEngine engine = engine(BACK_OFFICE.serviceRoot(), signedIn());
        engine.addListener(heard::add);
        try {
            engine.syncNow().join();
            engine.syncNow().join();
        } finally {
            engine.deactivate();
        }

        assertThat(store.records().count(FieldbookPackage.Literals.BOOKING)).isPositive();
        assertThat(heard).extracting(SyncStatus::phase).contains(Phase.SYNCING, Phase.IDLE);
        assertThat(heard).extracting(SyncStatus::task).anySatisfy(task -> assertThat(task).startsWith("Downloading"));
        assertThat(heard).filteredOn(status -> status.phase() == Phase.IDLE).first().satisfies(done -> {
            assertThat(done.lastSuccess()).isNotNull();
            assertThat(done.message()).isNull();
            assertThat(done.pendingChanges()).isZero();
        });
    }

    @Test
    void theCountOfWaitingChangesFollowsEachLocalEditAtOnce() throws Exception {
        SyncEngine engine = engine(BACK_OFFICE.serviceRoot(), signedIn());
        try {
            engine.syncNow().join();
            WorkOrder workOrder = store.records().<WorkOrder>find(FieldbookPackage.Literals.WORK_ORDER,
                    store.records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next()).orElseThrow();
            AtomicBoolean editing = new AtomicBoolean();
            engine.addListener(status -> {
                if (editing.get()) {
                    heard.add(status);
                }
            });

            workOrder.setInstructions("Bring the long ladder");
            editing.set(true);
            store.edits().update(workOrder);
            editing.set(false);

            assertThat(heard).as("told while the edit was saved, not at the timer's next look")
                    .anySatisfy(status -> assertThat(status.pendingChanges()).isEqualTo(1));
        } finally {
            engine.deactivate();
        }
    }

    @Test
    void theLastSyncIsTheLatestDownloadOfAnyTableAlsoAfterARestart() throws Exception {
        SyncEngine first = engine(BACK_OFFICE.serviceRoot(), signedIn());
        try {
            first.syncNow().join();
        } finally {
            first.deactivate();
        }
        Instant scheduled = first.status().lastSuccess().plusSeconds(600);
        // A scheduled cycle later downloaded only the work orders, which were due.
        store.syncStates().completed("msdyn_workorder", scheduled, scheduled.plusSeconds(3600));

        SyncEngine restarted = engine(BACK_OFFICE.serviceRoot(), account(BACK_OFFICE.serviceRoot()));
        try {
            assertThat(restarted.status().lastSuccess()).isEqualTo(scheduled);
        } finally {
            restarted.deactivate();
        }
    }

    @Test
    void aSignedInDeviceWhoseBackOfficeIsUnreachableIsOfflineAlsoAfterARestart() throws Exception {
        FaultProxy host = FaultProxy.to(BACK_OFFICE.serviceRoot().getPort());
        URI root = host.route(BACK_OFFICE.serviceRoot());
        OAuthAccount account = account(root);
        account.signIn("tech1", BackOfficeServer.DEMO_PASSWORD.toCharArray());
        host.close(); // the back office's host is gone: its port is closed, and so are the open connections

        SyncStatus withTokenInMemory = syncOnce(engine(root, account));
        SyncStatus afterRestart = syncOnce(engine(root, account(root)));

        for (SyncStatus status : List.of(withTokenInMemory, afterRestart)) {
            assertThat(status.phase()).isEqualTo(Phase.OFFLINE);
            assertThat(status.message()).contains("Cannot reach the back office");
        }
        assertThat(account(root).userName()).as("still signed in").hasValue("tech1");
    }

    private static SyncStatus syncOnce(SyncEngine engine) throws InterruptedException {
        try {
            engine.syncNow().join();
            return engine.status();
        } finally {
            engine.deactivate();
        }
    }

    @Test
    void withoutASignInTheStatusSaysSo() throws Exception {
        SyncEngine engine = engine(BACK_OFFICE.serviceRoot(), account(BACK_OFFICE.serviceRoot()));
        try {
            engine.syncNow().join();
        } finally {
            engine.deactivate();
        }

        assertThat(engine.status().phase()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(engine.status().message()).contains("Sign in");
        assertThat(store.records().count(FieldbookPackage.Literals.BOOKING)).isZero();
    }

    private SyncEngine engine(URI root, BackOfficeAccount account) {
        return new SyncEngine(store, new WebApiBackOfficeConnection(root), account, Clock.systemDefaultZone());
    }

    private BackOfficeAccount signedIn() throws Exception {
        OAuthAccount account = account(BACK_OFFICE.serviceRoot());
        account.signIn("tech1", BackOfficeServer.DEMO_PASSWORD.toCharArray());
        return account;
    }

    private OAuthAccount account(URI root) throws IOException {
        return OAuthAccount.of(root, SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), null), http);
    }
}
