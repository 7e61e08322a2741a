package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.account;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.workOrder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work order list on a real Derby store, driven through its real widgets. */
class WorkOrdersPartTest {

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void openStoreAndShell() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        Account contoso = account("acc-1", "Contoso Dairy");
        Account fabrikam = account("acc-2", "Fabrikam Farms");
        WorkOrderFixtures.download(store, FieldbookPackage.Literals.ACCOUNT, List.of(contoso, fabrikam));
        WorkOrderFixtures.download(store, FieldbookPackage.Literals.WORK_ORDER, List.of(
                workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", WorkOrderSystemStatus.IN_PROGRESS),
                workOrder("wo-2", "WO-00413", fabrikam, "3 Barn Lane", WorkOrderSystemStatus.SCHEDULED),
                workOrder("wo-3", "WO-00414", contoso, "7 Dairy Way", WorkOrderSystemStatus.SCHEDULED)));
        fixture = new E4PartFixture(WorkOrdersPartTest.class);
        fixture.context().set(LocalStore.class, store);
        fixture.context().set(WorkOrderOpener.class, opened::add);
    }

    @AfterEach
    void closeShellAndStore() {
        fixture.close();
        store.close();
    }

    @Test
    void theListShowsTheStoredWorkOrdersByNumber() {
        fixture.make(WorkOrdersPart.class);
        UiBot bot = fixture.bot();

        UiTable table = waitForRows(bot, "3 work orders");
        assertThat(table.rowCount()).isEqualTo(3);
        waitForCell(bot, table, 0, 0, "WO-00412");
        assertThat(table.cell(0, 1)).isEqualTo("In Progress");
        assertThat(table.cell(0, 3)).isEqualTo("Contoso Dairy");
        assertThat(table.cell(0, 4)).isEqualTo("12 Mill Road, Springfield");
        waitForCell(bot, table, 2, 0, "WO-00414");
    }

    @Test
    void theStatusFilterNarrowsTheList() {
        fixture.make(WorkOrdersPart.class);
        UiBot bot = fixture.bot();
        waitForRows(bot, "3 work orders");

        bot.comboBoxWithLabel(WorkOrdersPart.STATUS_LABEL).setSelection("Scheduled");

        UiTable table = waitForRows(bot, "2 work orders");
        waitForCell(bot, table, 0, 0, "WO-00413");
        waitForCell(bot, table, 1, 0, "WO-00414");
    }

    @Test
    void typingSearchesNumberAccountAndAddress() {
        fixture.make(WorkOrdersPart.class);
        UiBot bot = fixture.bot();
        waitForRows(bot, "3 work orders");

        bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("fabrikam");
        waitForCell(bot, waitForRows(bot, "1 work order"), 0, 0, "WO-00413");

        bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("mill");
        waitForCell(bot, waitForRows(bot, "1 work order"), 0, 0, "WO-00412");

        bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("00414");
        waitForCell(bot, waitForRows(bot, "1 work order"), 0, 0, "WO-00414");

        bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("nowhere");
        assertThat(waitForRows(bot, "No work orders match").rowCount()).isZero();
    }

    @Test
    void searchAndFilterCombine() {
        fixture.make(WorkOrdersPart.class);
        UiBot bot = fixture.bot();

        bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("contoso");
        waitForRows(bot, "2 work orders");
        bot.comboBoxWithLabel(WorkOrdersPart.STATUS_LABEL).setSelection("Scheduled");

        waitForCell(bot, waitForRows(bot, "1 work order"), 0, 0, "WO-00414");
    }

    @Test
    void tappingARowOpensItsWorkOrder() {
        fixture.make(WorkOrdersPart.class);
        UiBot bot = fixture.bot();
        UiTable table = waitForRows(bot, "3 work orders");
        waitForCell(bot, table, 1, 0, "WO-00413");

        table.select(1);

        assertThat(opened).containsExactly("wo-2");
    }

    @Test
    void theCountSpeaksPlainly() {
        assertThat(WorkOrdersPart.summary(0)).isEqualTo("No work orders match");
        assertThat(WorkOrdersPart.summary(1)).isEqualTo("1 work order");
        assertThat(WorkOrdersPart.summary(100_000)).isEqualTo("100,000 work orders");
    }

    static UiTable waitForRows(UiBot bot, String count) {
        bot.waitUntil(() -> count.equals(bot.labelWithId(WorkOrdersPart.ID_COUNT).text()), "the count '" + count + "'");
        return bot.tableWithId(WorkOrdersPart.ID_TABLE);
    }

    static void waitForCell(UiBot bot, UiTable table, int row, int column, String text) {
        bot.waitUntil(() -> text.equals(table.cell(row, column)), "row " + row + " to show '" + text + "'");
    }
}
