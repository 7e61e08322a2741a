package org.fieldbook.ui.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.WebApiBackOfficeConnection;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status-bar item against a real back office on loopback, and against nothing listening. */
class BackOfficeStatusControlTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @Test
    void saysOnlineWhenTheBackOfficeAnswers() throws Exception {
        try (WebApiBackOfficeConnection connection = new WebApiBackOfficeConnection(BACK_OFFICE.serviceRoot());
                E4PartFixture fixture = new E4PartFixture(BackOfficeStatusControlTest.class)) {
            fixture.context().set(BackOfficeConnection.class, connection);
            fixture.make(BackOfficeStatusControl.class);
            UiBot bot = fixture.bot();

            bot.waitUntil(() -> bot.labelContaining("Back office").text().contains("online"), "the probe to finish");
            assertThat(bot.labelContaining("Back office").text())
                    .isEqualTo("Back office " + BACK_OFFICE.serviceRoot() + ": online \u00b7 "
                            + DataverseSchema.fieldbook().tables().size() + " tables");
        }
    }

    @Test
    void saysOfflineWithTheReasonWhenNothingListens() throws Exception {
        URI nothingListens = URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/");
        try (WebApiBackOfficeConnection connection = new WebApiBackOfficeConnection(nothingListens);
                E4PartFixture fixture = new E4PartFixture(BackOfficeStatusControlTest.class)) {
            fixture.context().set(BackOfficeConnection.class, connection);
            fixture.make(BackOfficeStatusControl.class);
            UiBot bot = fixture.bot();

            bot.waitUntil(() -> bot.labelContaining("Back office").text().contains("offline"), "the probe to fail");
            assertThat(bot.labelContaining("Back office").text()).contains("offline \u2014 Cannot reach the back office");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
