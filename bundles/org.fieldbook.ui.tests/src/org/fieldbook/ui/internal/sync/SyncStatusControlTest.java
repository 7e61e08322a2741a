package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ProgressBar;
import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's sync area with the real sync service, a real store and a real back office behind a proxy. */
class SyncStatusControlTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    /** The network between the device and the back office; closed after each test. */
    @RegisterExtension
    final FaultProxy network = FaultProxy.to(() -> BACK_OFFICE.serviceRoot().getPort());

    @TempDir
    Path folder;

    @BeforeAll
    static void demoData() {
        OfficeUser.smallDemo(BACK_OFFICE.server());
    }

    @Test
    void pressingSyncShowsProgressThenTheLastSyncTime() throws Exception {
        CountDownLatch answerBookings = new CountDownLatch(1);
        try (TechnicianDevice device = new TechnicianDevice(network.route(BACK_OFFICE.serviceRoot()), folder);
                E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            device.signedIn("tech1");
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();
            ProgressBar progress = bot.widgetWithId(SyncStatusControl.PROGRESS_ID, ProgressBar.class);
            Button cancel = bot.widgetWithId(SyncStatusControl.CANCEL_ID, Button.class);
            network.inject(Fault.holdUntil(answerBookings), Requests.matching("/bookableresourcebookings"));

            new SyncHandler().execute(device.engine());

            // The bookings' answer waits until the status bar has been seen saying what the sync does.
            bot.waitUntil(() -> network.faultsInjected() > 0
                    && bot.labelWithId(SyncStatusControl.STATE_ID).text().startsWith("Syncing: Downloading today's bookableresourcebookings"),
                    "the status bar to show the bookings being downloaded");
            assertThat(progress.isVisible()).as("progress bar").isTrue();
            assertThat(cancel.isVisible()).as("Cancel button").isTrue();
            answerBookings.countDown();

            bot.waitUntil(() -> bot.labelWithId(SyncStatusControl.STATE_ID).text().startsWith("Online \u00b7 last sync"),
                    "the sync to finish");
            assertThat(bot.labelWithId(SyncStatusControl.STATE_ID).text()).endsWith("no changes waiting");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).isEmpty();
            assertThat(progress.isVisible()).as("progress bar after the sync").isFalse();
            assertThat(cancel.isVisible()).as("Cancel button after the sync").isFalse();
            bot.waitUntil(() -> new SyncHandler().canExecute(device.engine()), "the Sync command to be enabled again");
        } finally {
            answerBookings.countDown();
        }
    }

    @Test
    void aSignedInDeviceWhoseBackOfficeIsUnreachableSaysOfflineAndWhy() throws Exception {
        URI root = network.route(BACK_OFFICE.serviceRoot());
        try (TechnicianDevice device = new TechnicianDevice(root, folder);
                E4PartFixture fixture = new E4PartFixture(SyncStatusControlTest.class)) {
            device.signedIn("tech1");
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncStatusControl.class);
            UiBot bot = fixture.bot();
            network.close(); // the back office's host is gone: its port is closed, and so are the open connections

            device.engine().syncNow();

            bot.waitUntil(() -> bot.labelWithId(SyncStatusControl.STATE_ID).text().startsWith("Offline"), "the sync to fail");
            assertThat(bot.labelWithId(SyncStatusControl.MESSAGE_ID).text()).contains("Cannot reach the back office");
            assertThat(device.account().userName()).as("still signed in").hasValue("tech1");
        }
    }
}
