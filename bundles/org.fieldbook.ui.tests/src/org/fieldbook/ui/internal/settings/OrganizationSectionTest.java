package org.fieldbook.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.entra.EntraOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings' sign-in to a Dynamics 365 organization on real widgets, against Entra ID and the organization on
 * HTTPS loopback: the device code shown while the job waits, the sign-in, and refusals in words.
 */
class OrganizationSectionTest {

    @RegisterExtension
    static final EntraOnLoopback ENTRA = new EntraOnLoopback();

    @TempDir
    Path folder;

    private TechnicianDevice device;
    private DeviceSignIn signIn;
    private E4PartFixture fixture;

    @BeforeEach
    void open() throws IOException {
        device = new TechnicianDevice(URI.create("http://127.0.0.1:" + closedPort() + "/api/data/v9.2/"), folder);
        signIn = new DeviceSignIn(device, folder, ENTRA);
        fixture = new E4PartFixture(OrganizationSectionTest.class);
        fixture.context().set(BackOfficeConnection.class, device.connection());
        fixture.context().set(BackOfficeAccount.class, signIn.choice());
        fixture.context().set(OrganizationSignIn.class, signIn.choice());
        fixture.context().set(SyncService.class, device.engine());
        fixture.context().set(LocalStore.class, device.store());
        fixture.make(SettingsPart.class);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        signIn.close();
        device.close();
    }

    @Test
    void theDeviceCodeIsShownUntilItIsEnteredThenTheUserIsSignedIn() {
        UiBot bot = fill(SignInMethod.ENTRA_DEVICE_CODE, EntraOnLoopback.CLIENT_ID);

        bot.waitUntil(() -> bot.labelWithId(OrganizationSection.ID_DEVICE_CODE).text().contains("enter the code"), "the device code");
        String shown = bot.labelWithId(OrganizationSection.ID_DEVICE_CODE).text();
        assertThat(shown).startsWith("On a phone or computer, open " + ENTRA.origin() + "/devicelogin");
        assertThat(bot.buttonWithId(OrganizationSection.ID_SIGN_IN).isEnabled()).as("one sign-in at a time").isFalse();
        ENTRA.approve(shown.substring(shown.lastIndexOf(' ') + 1));

        bot.waitUntil(() -> bot.labelWithId(OrganizationSection.ID_STATUS).text().startsWith(SignInMessages.SIGNED_IN), "the sign-in");
        assertThat(bot.labelWithId(OrganizationSection.ID_STATUS).text()).isEqualTo(SignInMessages.signedIn(EntraOnLoopback.USER)
                + ". Fieldbook syncs with " + ENTRA.origin() + " from its next start.");
        assertThat(bot.labelWithId(OrganizationSection.ID_DEVICE_CODE).text()).isEmpty();
        assertThat(signIn.choice().userName()).hasValue(EntraOnLoopback.USER);
        assertThat(signIn.choice().settings().method()).isEqualTo(SignInMethod.ENTRA_DEVICE_CODE);
    }

    @Test
    void aWrongClientIdIsRefusedBeforeAnythingIsAsked() {
        UiBot bot = fill(SignInMethod.ENTRA_BROWSER, "fieldbook");

        bot.waitUntil(() -> bot.labelWithId(OrganizationSection.ID_STATUS).text().startsWith(SignInMessages.REFUSED), "the refusal");
        assertThat(bot.labelWithId(OrganizationSection.ID_STATUS).text()).contains("client id");
        assertThat(bot.buttonWithId(OrganizationSection.ID_SIGN_IN).isEnabled()).isTrue();
        assertThat(ENTRA.grants()).isEmpty();
    }

    @Test
    void aUserWithoutALicenceIsToldWhatIsMissing() {
        ENTRA.organizationAnswers(403);
        UiBot bot = fill(SignInMethod.ENTRA_DEVICE_CODE, EntraOnLoopback.CLIENT_ID);
        bot.waitUntil(() -> bot.labelWithId(OrganizationSection.ID_DEVICE_CODE).text().contains("enter the code"), "the device code");
        String shown = bot.labelWithId(OrganizationSection.ID_DEVICE_CODE).text();
        ENTRA.approve(shown.substring(shown.lastIndexOf(' ') + 1));

        bot.waitUntil(() -> bot.labelWithId(OrganizationSection.ID_STATUS).text().startsWith(SignInMessages.REFUSED), "the refusal");
        assertThat(bot.labelWithId(OrganizationSection.ID_STATUS).text()).contains("Dynamics 365 licence and a security role");
        assertThat(signIn.choice().userName()).isEmpty();
    }

    private UiBot fill(SignInMethod method, String clientId) {
        UiBot bot = fixture.bot();
        bot.comboBoxWithId(OrganizationSection.ID_METHOD).setSelection(method.label());
        bot.textWithId(OrganizationSection.ID_ORGANIZATION).setText(ENTRA.origin());
        bot.textWithId(OrganizationSection.ID_TENANT).setText(EntraOnLoopback.TENANT);
        bot.textWithId(OrganizationSection.ID_CLIENT).setText(clientId);
        bot.buttonWithId(OrganizationSection.ID_SIGN_IN).click();
        return bot;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
