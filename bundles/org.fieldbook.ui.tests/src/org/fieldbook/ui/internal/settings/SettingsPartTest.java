package org.fieldbook.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Spinner;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.DemoOffice;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.fieldbook.ui.internal.notes.PhotoSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in from the settings part against a real back office, and against none; the notes and photos settings
 * written to the preferences, and the room attachments take.
 */
class SettingsPartTest {

    @RegisterExtension
    static final DemoOffice OFFICE = new DemoOffice();

    @TempDir
    Path folder;

    private DeviceSignIn signIn;

    @AfterEach
    void forgetSignIn() throws Exception {
        if (signIn != null) {
            signIn.close();
        }
    }

    @Test
    void theRightPasswordSignsInAndSyncs() throws Exception {
        try (TechnicianDevice device = OFFICE.device(folder);
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
        try (TechnicianDevice device = OFFICE.device(folder);
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

    @Test
    void theNotesSettingsShowTheDefaultsAndSaveToThePreferences() throws Exception {
        try (TechnicianDevice device = OFFICE.device(folder);
                E4PartFixture fixture = settings(device)) {
            UiBot bot = fixture.bot();
            Spinner edge = bot.widgetWithId(NotesSettings.ID_LONGEST_EDGE, Spinner.class);
            Spinner quality = bot.widgetWithId(NotesSettings.ID_QUALITY, Spinner.class);
            assertThat(edge.getSelection()).isEqualTo(1600);
            assertThat(quality.getSelection()).isEqualTo(80);
            assertThat(bot.buttonWithId(NotesSettings.ID_KEEP_ORIGINALS).isChecked()).isFalse();
            assertThat(bot.textWithId(NotesSettings.ID_CAMERA_FOLDER).text()).isEmpty();

            edge.setSelection(1024);
            quality.setSelection(60);
            bot.buttonWithId(NotesSettings.ID_KEEP_ORIGINALS).click();
            bot.textWithId(NotesSettings.ID_CAMERA_FOLDER).setText(folder.toString());
            bot.buttonWithId(NotesSettings.ID_SAVE).click();

            assertThat(bot.labelWithId(NotesSettings.ID_SAVED).text()).isEqualTo(NotesSettings.SAVED);
            assertThat(PhotoSettings.read()).isEqualTo(new PhotoSettings(1024, 60, true, Optional.of(folder)));
        } finally {
            InstanceScope.INSTANCE.getNode(PhotoSettings.NODE).clear();
        }
    }

    @Test
    void theRoomAttachmentsTakeIsShown() throws Exception {
        try (TechnicianDevice device = OFFICE.syncedDevice(folder)) {
            byte[] photo = new byte[3 << 20];
            new Random(15).nextBytes(photo);
            device.store().notes().add(new NoteDraft(device.workOrderIds().get(0), "Meter", null, "meter.jpg", "image/jpeg", photo));
            long onDevice = device.store().notes().bytesOnDevice();
            assertThat(onDevice).isGreaterThanOrEqualTo(photo.length);
            try (E4PartFixture fixture = settings(device)) {
                UiBot bot = fixture.bot();
                bot.waitUntil(() -> bot.labelWithId(NotesSettings.ID_SPACE).text().equals(NotesSettings.space(onDevice)), "the room");
                assertThat(bot.labelWithId(NotesSettings.ID_SPACE).text()).matches("Attachments take \\d+[.,]\\d MB on this device\\.");
            }
        }
    }

    private E4PartFixture settings(TechnicianDevice device) throws IOException {
        E4PartFixture fixture = new E4PartFixture(SettingsPartTest.class);
        signIn = new DeviceSignIn(device, folder, null);
        fixture.context().set(OrganizationSignIn.class, signIn.choice());
        fixture.context().set(BackOfficeConnection.class, device.connection());
        fixture.context().set(BackOfficeAccount.class, device.account());
        fixture.context().set(SyncService.class, device.engine());
        fixture.context().set(LocalStore.class, device.store());
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
