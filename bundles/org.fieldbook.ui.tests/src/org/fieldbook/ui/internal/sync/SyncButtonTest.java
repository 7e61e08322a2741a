package org.fieldbook.ui.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.swt.widgets.Button;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.StatusOnlySync;
import org.fieldbook.ui.internal.DemoOffice;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.fieldbook.ui.internal.Touch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The toolbar's Sync button on real widgets, with the real sync service, store and back office. */
class SyncButtonTest {

    @RegisterExtension
    static final DemoOffice OFFICE = new DemoOffice();

    @TempDir
    Path folder;

    @Test
    void aFingerSizedButtonWithIconAndWordStartsASync() throws Exception {
        try (TechnicianDevice device = OFFICE.device(folder);
                E4PartFixture fixture = new E4PartFixture(SyncButtonTest.class)) {
            AtomicInteger cyclesStarted = new AtomicInteger();
            device.engine().addListener(status -> {
                if (status.phase() == Phase.SYNCING && status.task() == null) { // a cycle's first word
                    cyclesStarted.incrementAndGet();
                }
            });
            device.synced("tech1");
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(SyncButton.class);
            UiBot bot = fixture.bot();
            Button button = bot.widgetWithId(SyncButton.ID, Button.class);

            assertThat(button.getText()).isEqualTo(SyncButton.TEXT);
            assertThat(button.getImage()).as("icon").isNotNull();
            assertThat(button.getSize().y).as("height").isGreaterThanOrEqualTo(Touch.MIN_HEIGHT);
            assertThat(button.getSize().x).as("width").isGreaterThanOrEqualTo(2 * Touch.MIN_HEIGHT);
            // A new device's engine starts cycles of its own: the baseline is taken once they are over.
            bot.waitUntil(() -> noCycleRunsOrWaits() && device.engine().status().phase() == Phase.IDLE, "the first cycles to end");
            int before = cyclesStarted.get();
            Instant lastSyncBefore = device.engine().status().lastSuccess();

            bot.buttonWithId(SyncButton.ID).click();

            bot.waitUntil(() -> cyclesStarted.get() > before && noCycleRunsOrWaits()
                    && device.engine().status().phase() == Phase.IDLE, "the sync the button started to finish");
            assertThat(cyclesStarted).as("cycles started by the press").hasValue(before + 1);
            assertThat(device.engine().status().lastSuccess()).isAfter(lastSyncBefore);
            bot.waitUntil(() -> bot.buttonWithId(SyncButton.ID).isEnabled(), "the button to be enabled again");
        }
    }

    private static boolean noCycleRunsOrWaits() {
        return Arrays.stream(Job.getJobManager().find(null)).noneMatch(job -> job.getName().equals("Syncing with the back office"));
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
