package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.StatusOnlySync;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.fieldbook.ui.internal.Touch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The toolbar's Sync button on real widgets, with the real sync service, store and back office. */
class SyncButtonTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @BeforeAll
    static void demoData() {
        OfficeUser.smallDemo(BACK_OFFICE.server());
    }

    @Test
    void aFingerSizedButtonWithIconAndWordStartsASync() throws Exception {
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
                E4PartFixture fixture = new E4PartFixture(SyncButtonTest.class)) {
            device.signedIn("tech1");
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncButton.class);
            UiBot bot = fixture.bot();
            Button button = bot.widgetWithId(SyncButton.ID, Button.class);

            assertThat(button.getText()).isEqualTo(SyncButton.TEXT);
            assertThat(button.getImage()).as("icon").isNotNull();
            assertThat(button.getSize().y).as("height").isGreaterThanOrEqualTo(Touch.MIN_HEIGHT);
            assertThat(button.getSize().x).as("width").isGreaterThanOrEqualTo(2 * Touch.MIN_HEIGHT);

            bot.buttonWithId(SyncButton.ID).click();

            bot.waitUntil(() -> device.engine().status().lastSuccess() != null && device.engine().status().phase() == Phase.IDLE,
                    "the sync the button started to finish");
            bot.waitUntil(() -> bot.buttonWithId(SyncButton.ID).isEnabled(), "the button to be enabled again");
        }
    }

    @Test
    void itIsDisabledWhileACycleRunsAndEnabledAfter() {
        try (E4PartFixture fixture = new E4PartFixture(SyncButtonTest.class)) {
            StatusOnlySync sync = new StatusOnlySync();
            fixture.context().set(SyncService.class, sync);
            fixture.make(SyncButton.class);
            UiBot bot = fixture.bot();
            assertThat(bot.buttonWithId(SyncButton.ID).isEnabled()).isTrue();

            sync.change(Phase.SYNCING, 0, 0);
            bot.waitUntil(() -> !bot.buttonWithId(SyncButton.ID).isEnabled(), "the button to be disabled while syncing");

            sync.change(Phase.IDLE, 0, 0);
            bot.waitUntil(() -> bot.buttonWithId(SyncButton.ID).isEnabled(), "the button to be enabled after the cycle");
        }
    }
}
