package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.sync.internal.engine.SyncEngine;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's sync area with the real sync service, a real store and a real back office. */
class SyncStatusControlTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private CloseableHttpClient http;
    private DerbyLocalStore store;

    @BeforeAll
    static void demoData() {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(5, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC)
                .generate(DemoSize.small()));
    }

    @BeforeEach
    void openDevice() {
        http = PooledHttpClients.create();
        store = new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "status-test-key");
    }

    @AfterEach
    void close() throws IOException {
        store.close();
        http.close();
    }

    @Test
    void pressingSyncShowsProgressThenTheLastSyncTime() throws Exception {
        OAuthAccount account = account(BACK_OFFICE.serviceRoot());
        account.signIn("tech1", BackOfficeServer.DEMO_PASSWORD.toCharArray());
        SyncEngine engine = new SyncEngine(store, new WebApiBackOfficeConnection(BACK_OFFICE.serviceRoot()), account);
        try (E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            fixture.context().set(SyncService.class, engine);
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();

            new SyncHandler().execute(engine);

            bot.waitUntil(() -> bot.labelWithId(SyncStatusControl.STATE_ID).text().startsWith("Online \u00b7 last sync"),
                    "the sync to finish");
            assertThat(bot.labelWithId(SyncStatusControl.STATE_ID).text()).endsWith("no changes waiting");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).isEmpty();
            bot.waitUntil(() -> new SyncHandler().canExecute(engine), "the Sync command to be enabled again");
        } finally {
            engine.deactivate();
        }
    }

    @Test
    void anUnreachableBackOfficeSaysOfflineAndWhy() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/");
        SyncEngine engine = new SyncEngine(store, new WebApiBackOfficeConnection(nowhere), account(nowhere));
        try (E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            fixture.context().set(SyncService.class, engine);
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();

            engine.syncNow();

            bot.waitUntil(() -> !bot.labelWithId(SyncStatusControl.MESSAGE_ID).text().isEmpty(), "the sync to fail");
            assertThat(bot.labelWithId(SyncStatusControl.STATE_ID).text()).matches("(Offline|Signed out) \u00b7 never synced.*");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).containsAnyOf("Cannot reach", "Sign in");
        } finally {
            engine.deactivate();
        }
    }

    private OAuthAccount account(URI root) throws IOException {
        return OAuthAccount.of(root, SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), null), http);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
