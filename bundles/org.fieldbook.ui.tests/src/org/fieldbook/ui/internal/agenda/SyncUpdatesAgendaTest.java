package org.fieldbook.ui.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.fieldbook.ui.internal.sync.SyncHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Pressing Sync with a running back office fills an empty agenda, without reopening it. */
class SyncUpdatesAgendaTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    @Test
    void theAgendaShowsTheBookingsASyncBringsIn() throws Exception {
        BACK_OFFICE.server().loadDemoData(new DemoDataGenerator(8, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC)
                .generate(DemoSize.small()));
        try (TechnicianDevice device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
                E4PartFixture fixture = new E4PartFixture(SyncUpdatesAgendaTest.class)) {
            fixture.context().set(LocalStore.class, device.store());
            fixture.context().set(SyncService.class, device.engine());
            fixture.make(AgendaPart.class);
            UiBot bot = fixture.bot();
            bot.waitUntil(() -> bot.labelWithId(AgendaPart.ID_MESSAGE).text().equals(AgendaPart.EMPTY_MESSAGE),
                    "the empty agenda");

            // Signed in only now: the engine's first automatic cycle cannot fill the agenda before the test looks.
            device.account().signIn("tech1", BackOfficeServer.DEMO_PASSWORD.toCharArray());
            new SyncHandler().execute(device.engine());

            bot.waitUntil(() -> bot.labelWithId(AgendaPart.ID_MESSAGE).text().contains("next 7 days"),
                    "the synced bookings");
            assertThat(device.store().records().count(FieldbookPackage.Literals.BOOKING)).isPositive();
        }
    }
}
