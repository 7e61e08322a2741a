package org.fieldbook.ui.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.eclipse.swt.widgets.Label;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.StatusOnlySync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status bar's online word against a real back office on loopback, against nothing listening, and following syncs. */
class BackOfficeStatusControlTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @Test
    void saysOnlineWhenTheBackOfficeAnswersWithTheAddressOnlyInTheTooltip() throws Exception {
        try (WebApiBackOfficeConnection connection = new WebApiBackOfficeConnection(BACK_OFFICE.serviceRoot());
                E4PartFixture fixture = new E4PartFixture(BackOfficeStatusControlTest.class)) {
            fixture.context().set(BackOfficeConnection.class, connection);
            fixture.make(BackOfficeStatusControl.class);
            UiBot bot = fixture.bot();

            bot.waitUntil(() -> bot.labelWithId(BackOfficeStatusControl.ID).text().equals(BackOfficeStatusControl.ONLINE),
                    "the probe to finish");
            Label label = bot.widgetWithId(BackOfficeStatusControl.ID, Label.class);
            assertThat(label.getToolTipText()).contains(BACK_OFFICE.serviceRoot().toString());
        }
    }

    @Test
    void saysOfflineWithTheReasonInTheTooltipWhenNothingListens() throws Exception {
        URI nothingListens = URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/");
        try (WebApiBackOfficeConnection connection = new WebApiBackOfficeConnection(nothingListens);
                E4PartFixture fixture = new E4PartFixture(BackOfficeStatusControlTest.class)) {
            fixture.context().set(BackOfficeConnection.class, connection);
            fixture.make(BackOfficeStatusControl.class);
            UiBot bot = fixture.bot();

            bot.waitUntil(() -> bot.labelWithId(BackOfficeStatusControl.ID).text().equals(BackOfficeStatusControl.OFFLINE),
                    "the probe to fail");
            assertThat(bot.widgetWithId(BackOfficeStatusControl.ID, Label.class).getToolTipText())
                    .contains("Cannot reach the back office");
        }
    }

    @Test
    void followsTheLatestSyncOfflineWhenItFindsNoBackOfficeAndOnlineWhenItAnswersAgain() throws Exception {
        StatusOnlySync sync = new StatusOnlySync();
        try (WebApiBackOfficeConnection connection = new WebApiBackOfficeConnection(BACK_OFFICE.serviceRoot());
                E4PartFixture fixture = new E4PartFixture(BackOfficeStatusControlTest.class)) {
            fixture.context().set(BackOfficeConnection.class, connection);
            fixture.context().set(SyncService.class, sync);
            fixture.make(BackOfficeStatusControl.class);
            UiBot bot = fixture.bot();
            bot.waitUntil(() -> bot.labelWithId(BackOfficeStatusControl.ID).text().equals(BackOfficeStatusControl.ONLINE),
                    "the start-up probe");

            sync.change(Phase.SYNCING, 0, 0);
            sync.change(Phase.OFFLINE, 0, 0);
            bot.waitUntil(() -> bot.labelWithId(BackOfficeStatusControl.ID).text().equals(BackOfficeStatusControl.OFFLINE),
                    "offline after the sync found no back office");

            sync.change(Phase.IDLE, 0, 0);
            assertThat(bot.labelWithId(BackOfficeStatusControl.ID).text()).as("idle without a cycle says nothing new")
                    .isEqualTo(BackOfficeStatusControl.OFFLINE);
            sync.change(Phase.SYNCING, 0, 0);
            sync.change(Phase.IDLE, 0, 0);
            bot.waitUntil(() -> bot.labelWithId(BackOfficeStatusControl.ID).text().equals(BackOfficeStatusControl.ONLINE),
                    "online once a sync got through");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
