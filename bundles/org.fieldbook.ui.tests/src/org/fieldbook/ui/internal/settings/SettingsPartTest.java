package org.fieldbook.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
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

/** Signing in from the settings part against a real back office, and against none. */
class SettingsPartTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @BeforeAll
    static void demoData() {
        OfficeUser.smallDemo(BACK_OFFICE.server());
    }

    @Test
    void theRightPasswordSignsInAndSyncs() throws Exception {
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
                E4PartFixture fixture = settings(device)) {
            UiBot bot = signIn(fixture, BackOfficeServer.DEMO_PASSWORD);

            bot.waitUntil(() -> bot.labelWithId(SettingsPart.ID_STATUS).text().equals("Signed in as tech1"), "the sign-in");
            assertThat(device.account().userName()).contains("tech1");
            bot.waitUntil(() -> device.engine().status().lastSuccess() != null, "the sync that follows");
            assertThat(bot.textWithId(SettingsPart.ID_PASSWORD).text()).isEmpty();
        }
    }

    @Test
    void aWrongPasswordSaysSo() throws Exception {
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
                E4PartFixture fixture = settings(device)) {
            UiBot bot = signIn(fixture, "not the password");

            bot.waitUntil(() -> bot.labelWithId(SettingsPart.ID_STATUS).text().startsWith(SignInMessages.REFUSED), "the refusal");
            assertThat(bot.labelWithId(SettingsPart.ID_STATUS).text()).contains("user name or password is wrong");
            assertThat(device.account().userName()).isEmpty();
        }
    }

    @Test
    void anUnreachableServerSaysSo() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/");
        try (TechnicianDevice device = new TechnicianDevice(nowhere, folder); E4PartFixture fixture = settings(device)) {
            assertThat(fixture.bot().textWithId(SettingsPart.ID_URL).text()).isEqualTo(nowhere.toString());
            UiBot bot = signIn(fixture, BackOfficeServer.DEMO_PASSWORD);

            bot.waitUntil(() -> bot.labelWithId(SettingsPart.ID_STATUS).text().startsWith(SignInMessages.UNREACHABLE),
                    "the failure");
            assertThat(bot.labelWithId(SettingsPart.ID_STATUS).text()).contains("Cannot reach the back office");
        }
    }

    private static E4PartFixture settings(TechnicianDevice device) {
        E4PartFixture fixture = new E4PartFixture(SettingsPartTest.class);
        fixture.context().set(BackOfficeConnection.class, device.connection());
        fixture.context().set(BackOfficeAccount.class, device.account());
        fixture.context().set(SyncService.class, device.engine());
        fixture.make(SettingsPart.class);
        return fixture;
    }

    private static UiBot signIn(E4PartFixture fixture, String password) {
        UiBot bot = fixture.bot();
        assertThat(bot.labelWithId(SettingsPart.ID_STATUS).text()).isEqualTo(SignInMessages.SIGNED_OUT);
        bot.textWithLabel("User name").setText("tech1");
        bot.textWithLabel("Password").setText(password);
        bot.buttonWithId(SettingsPart.ID_SIGN_IN).click();
        return bot;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
