package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's sync area with the real sync service, a real store and a real back office. */
class SyncStatusControlTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @BeforeAll
    static void demoData() {
        OfficeUser.smallDemo(BACK_OFFICE.server());
    }

    @Test
    void pressingSyncShowsProgressThenTheLastSyncTime() throws Exception {
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
                E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            device.signedIn("tech1");
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();

            new SyncHandler().execute(device.engine());

            bot.waitUntil(() -> bot.labelWithId(SyncStatusControl.STATE_ID).text().startsWith("Online \u00b7 last sync"),
                    "the sync to finish");
            assertThat(bot.labelWithId(SyncStatusControl.STATE_ID).text()).endsWith("no changes waiting");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).isEmpty();
            bot.waitUntil(() -> new SyncHandler().canExecute(device.engine()), "the Sync command to be enabled again");
        }
    }

    @Test
    void anUnreachableBackOfficeSaysOfflineAndWhy() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/");
        try (TechnicianDevice device = new TechnicianDevice(nowhere, folder);
                E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();

            device.engine().syncNow();

            bot.waitUntil(() -> !bot.labelWithId(SyncStatusControl.MESSAGE_ID).text().isEmpty(), "the sync to fail");
            assertThat(bot.labelWithId(SyncStatusControl.STATE_ID).text()).matches("(Offline|Signed out) \u00b7 never synced.*");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).containsAnyOf("Cannot reach", "Sign in");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
