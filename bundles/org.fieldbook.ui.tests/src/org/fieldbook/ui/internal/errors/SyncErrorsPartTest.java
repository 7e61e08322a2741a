package org.fieldbook.ui.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncService;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiTable;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sync errors from a real conflict the server won: listed, retried, dismissed. */
class SyncErrorsPartTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private TechnicianDevice device;
    private E4PartFixture fixture;
    private String workOrder;

    @BeforeAll
    static void theServerWinsConflicts() throws Exception {
        OfficeUser.demoWhereTheServerWins(BACK_OFFICE.server());
    }

    @BeforeEach
    void aSyncError() throws Exception {
        device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
        try (OfficeUser dispatcher = new OfficeUser(BACK_OFFICE.server(), "dispatcher")) {
            workOrder = device.synced("tech1").conflictOver(dispatcher);
        }
        fixture = new E4PartFixture(SyncErrorsPartTest.class);
        fixture.context().set(LocalStore.class, device.store());
        fixture.context().set(SyncService.class, device.engine());
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
        device.close();
    }

    @Test
    void retryingHandlesTheErrorAndSyncsAgain() {
        Instant synced = device.engine().status().lastSuccess();
        UiBot bot = showError();

        bot.buttonWithId(SyncErrorsPart.ID_RETRY).click();

        bot.waitUntil(() -> bot.tableWithId(SyncErrorsPart.ID_LIST).rowCount() == 0, "the error to leave the list");
        bot.waitUntil(() -> !Objects.equals(device.engine().status().lastSuccess(), synced), "another sync");
        assertThat(device.store().syncErrors().unresolved()).isEmpty();
    }

    @Test
    void dismissingHandlesTheErrorAndKeepsItsRecord() {
        UiBot bot = showError();

        bot.buttonWithId(SyncErrorsPart.ID_DISMISS).click();

        bot.waitUntil(() -> bot.tableWithId(SyncErrorsPart.ID_LIST).rowCount() == 0, "the error to leave the list");
        assertThat(bot.labelWithId(SyncErrorsPart.ID_MESSAGE).text()).isEqualTo("No sync errors.");
        assertThat(device.store().syncErrors().unresolved()).isEmpty();
        assertThat(device.store().conflicts().open()).as("the conflict still waits for a choice").hasSize(1);
    }

    private UiBot showError() {
        fixture.make(SyncErrorsPart.class);
        UiBot bot = fixture.bot();
        UiTable list = bot.tableWithId(SyncErrorsPart.ID_LIST);
        bot.waitUntil(() -> list.rowCount() == 1, "the sync error to be listed");
        assertThat(list.cell(0, 1)).isEqualTo("msdyn_workorder");
        assertThat(list.cell(0, 2)).isEqualTo(workOrder);
        assertThat(list.cell(0, 3)).isNotEmpty();
        return bot;
    }
}
