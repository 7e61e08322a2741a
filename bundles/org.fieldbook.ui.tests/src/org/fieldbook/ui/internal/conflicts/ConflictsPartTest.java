package org.fieldbook.ui.internal.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.TechnicianDevice.MY_CITY;
import static org.fieldbook.ui.internal.TechnicianDevice.MY_SUMMARY;
import static org.fieldbook.ui.internal.TechnicianDevice.OFFICE_CITY;
import static org.fieldbook.ui.internal.TechnicianDevice.OFFICE_SUMMARY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
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

/**
 * The conflict review with real conflicts: the office and the technician change the same work order, the
 * server wins, and each way of answering reaches the device and the back office. Each test is another
 * technician, so that none finds the work order as an earlier test left it.
 */
class ConflictsPartTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    private static final Duration UPLOAD = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private TechnicianDevice device;
    private OfficeUser dispatcher;
    private E4PartFixture fixture;

    @BeforeAll
    static void theServerWinsConflicts() throws Exception {
        OfficeUser.demoWhereTheServerWins(BACK_OFFICE.server());
    }

    @BeforeEach
    void open() throws Exception {
        device = new TechnicianDevice(BACK_OFFICE.serviceRoot(), folder);
        dispatcher = new OfficeUser(BACK_OFFICE.server(), "dispatcher");
        fixture = new E4PartFixture(ConflictsPartTest.class);
        fixture.context().set(LocalStore.class, device.store());
        fixture.context().set(SyncService.class, device.engine());
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
        dispatcher.close();
        device.close();
    }

    @Test
    void keepingMineSendsMyValuesToTheOffice() throws Exception {
        String id = device.synced("tech1").conflictOver(dispatcher);
        UiBot bot = showConflict(id);
        assertThat(bot.labelWithId("conflicts.change.msdyn_workordersummary").text()).isEqualTo("changed here and in the office");
        assertThat(bot.labelWithId("conflicts.field.msdyn_workordersummary").text()).isEqualTo("Summary");

        bot.buttonWithId(ConflictsPart.ID_KEEP_MINE).click();

        bot.waitUntil(() -> bot.tableWithId(ConflictsPart.ID_LIST).rowCount() == 0, "the conflict to leave the list");
        bot.waitUntil(() -> MY_SUMMARY.equals(office(id, "msdyn_workordersummary")), UPLOAD, "the office to get my value");
        assertThat(office(id, "msdyn_city")).isEqualTo(MY_CITY);
        assertThat(device.store().conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.KEPT_MINE);
    }

    @Test
    void takingTheOfficesValuesKeepsTheServerRow() throws Exception {
        String id = device.synced("tech2").conflictOver(dispatcher);
        UiBot bot = showConflict(id);

        bot.buttonWithId(ConflictsPart.ID_TAKE_SERVER).click();

        bot.waitUntil(() -> bot.tableWithId(ConflictsPart.ID_LIST).rowCount() == 0, "the conflict to leave the list");
        assertThat(device.store().conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.TOOK_SERVER);
        assertThat(device.workOrder(id).getSummary()).isEqualTo(OFFICE_SUMMARY);
        assertThat(device.store().outbox().size()).isZero();
    }

    @Test
    void choosingPerFieldSendsOnlyTheFieldsIKept() throws Exception {
        String id = device.synced("tech3").conflictOver(dispatcher);
        UiBot bot = showConflict(id);

        bot.buttonWithId("conflicts.keep.msdyn_city.server").select();
        bot.buttonWithId(ConflictsPart.ID_APPLY).click();

        bot.waitUntil(() -> bot.tableWithId(ConflictsPart.ID_LIST).rowCount() == 0, "the conflict to leave the list");
        assertThat(device.store().conflicts().all().get(0).getResolution()).isEqualTo(ConflictResolution.MERGED);
        bot.waitUntil(() -> MY_SUMMARY.equals(office(id, "msdyn_workordersummary")), UPLOAD, "the office to get my value");
        assertThat(office(id, "msdyn_city")).isEqualTo(OFFICE_CITY);
        assertThat(device.workOrder(id).getCity()).isEqualTo(OFFICE_CITY);
    }

    @Test
    void aConflictTheDeviceWonIsMarkedAndSaysWhoChangedWhat() {
        device.store().conflicts().add(deviceWon());
        fixture.make(ConflictsPart.class);
        UiBot bot = fixture.bot();
        UiTable list = bot.tableWithId(ConflictsPart.ID_LIST);

        bot.waitUntil(() -> list.rowCount() == 1, "the conflict to be listed");

        assertThat(list.cell(0, 0)).as("a record the device does not hold is named by its key").isEqualTo("Account a1");
        assertThat(list.cell(0, 2)).isEqualTo(ConflictTexts.DEVICE_WON);
        assertThat(bot.labelWithId("conflicts.field.telephone1").text()).isEqualTo("Telephone 1");
        assertThat(bot.labelWithId("conflicts.change.name").text()).isEqualTo("changed here");
        assertThat(bot.labelWithId("conflicts.change.telephone1").text()).isEqualTo("changed in the office");
        assertThat(bot.buttonWithId("conflicts.keep.name.mine").isSelected()).isTrue();
    }

    private UiBot showConflict(String id) {
        fixture.make(ConflictsPart.class);
        UiBot bot = fixture.bot();
        UiTable list = bot.tableWithId(ConflictsPart.ID_LIST);
        bot.waitUntil(() -> list.rowCount() == 1, "the conflict to be listed");
        assertThat(list.cell(0, 0)).as("the work order by its number, not its key")
                .isEqualTo("Work order " + device.workOrder(id).getNumber());
        assertThat(list.cell(0, 2)).isEqualTo(ConflictTexts.NEEDS_CHOICE);
        return bot;
    }

    private String office(String id, String column) {
        try {
            return dispatcher.get("msdyn_workorders(" + id + ")?$select=" + column).path(column).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Conflict deviceWon() {
        Conflict conflict = FieldbookFactory.eINSTANCE.createConflict();
        conflict.setTableName("account");
        conflict.setRecordId("a1");
        conflict.setDetectedAt(Instant.now());
        conflict.setResolution(ConflictResolution.CLIENT_WON);
        conflict.getBaseValues().add(value("name", "Contoso"));
        conflict.getBaseValues().add(value("telephone1", "+1 555 0100"));
        conflict.getLocalValues().add(value("name", "Contoso Dairy"));
        conflict.getLocalValues().add(value("telephone1", "+1 555 0100"));
        conflict.getServerValues().add(value("name", "Contoso"));
        conflict.getServerValues().add(value("telephone1", "+1 555 0199"));
        return conflict;
    }

    private static FieldValue value(String column, String text) {
        FieldValue value = FieldbookFactory.eINSTANCE.createFieldValue();
        value.setColumn(column);
        value.setValue(text);
        return value;
    }
}
