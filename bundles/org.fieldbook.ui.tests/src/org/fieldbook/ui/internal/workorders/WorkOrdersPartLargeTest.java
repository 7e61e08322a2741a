package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrdersPartTest.waitForCell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list over 100,000 work orders: counts and the rows on screen arrive from jobs while the UI thread
 * keeps handling events (asserted by holding the search in the store, never by timing), and only the rows
 * on screen are read (counted by the store the part is given). How fast is for the benchmarks.
 */
class WorkOrdersPartLargeTest {

    private static final int WORK_ORDERS = 100_000;
    private static final int PAGE = 5_000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path workspace;

    private static DerbyLocalStore store;
    private ReadCountingStore reads;
    private E4PartFixture fixture;

    @BeforeAll
    static void fillTheStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        List<Account> accounts = List.of(WorkOrderFixtures.account("acc-0", "Contoso Dairy"),
                WorkOrderFixtures.account("acc-1", "Fabrikam Farms"));
        WorkOrderFixtures.download(store, FieldbookPackage.Literals.ACCOUNT, accounts);
        for (int first = 0; first < WORK_ORDERS; first += PAGE) {
            List<WorkOrder> page = new ArrayList<>(PAGE);
            for (int i = first; i < first + PAGE; i++) {
                page.add(WorkOrderFixtures.workOrder("wo-" + i, String.format("WO-%06d", i), accounts.get(i % 2),
                        i + " High Street", WorkOrderSystemStatus.get(690970000 + i % 6)));
            }
            WorkOrderFixtures.download(store, FieldbookPackage.Literals.WORK_ORDER, page);
        }
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void openShell() {
        reads = new ReadCountingStore(store);
        fixture = new E4PartFixture(WorkOrdersPartLargeTest.class);
        fixture.context().set(LocalStore.class, reads.asLocalStore());
        fixture.make(WorkOrdersPart.class);
    }

    @AfterEach
    void closeShell() {
        fixture.close();
    }

    @Test
    void allHundredThousandAreCountedButOnlyTheShownRowsAreRead() {
        UiBot bot = fixture.bot();

        UiTable table = waitForRows(bot, "100,000 work orders", PATIENCE);
        waitForCell(bot, table, 0, 0, "WO-000000");
        waitForCell(bot, table, 99_999, 0, "WO-099999");
        assertThat(table.rowCount()).isEqualTo(WORK_ORDERS);
        assertThat(reads.rowsRead()).as("rows read: the pages around the first and the last row, not the list")
                .isPositive().isLessThanOrEqualTo(10 * WorkOrderPages.PAGE_SIZE);
    }

    @Test
    void searchingFindsOneWorkOrderAmongAHundredThousand() {
        UiBot bot = fixture.bot();
        waitForRows(bot, "100,000 work orders", PATIENCE);

        assertTheUiThreadAnswersWhileTheSearchWaits(bot, () -> {
            bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("WO-0");
            bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("WO-0987");
            bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("WO-098765");
        });

        UiTable table = waitForRows(bot, "1 work order", PATIENCE);
        waitForCell(bot, table, 0, 0, "WO-098765");
        assertThat(table.cell(0, 3)).isEqualTo("Fabrikam Farms");
    }

    @Test
    void filteringByStatusNarrowsAHundredThousand() {
        UiBot bot = fixture.bot();
        waitForRows(bot, "100,000 work orders", PATIENCE);

        assertTheUiThreadAnswersWhileTheSearchWaits(bot, () -> {
            bot.comboBoxWithLabel(WorkOrdersPart.STATUS_LABEL).setSelection("Completed");
            bot.textWithLabel(WorkOrdersPart.SEARCH_LABEL).setText("fabrikam");
        });

        UiTable table = waitForRows(bot, "16,667 work orders", PATIENCE);
        waitForCell(bot, table, 0, 0, "WO-000003");
        waitForCell(bot, table, 1, 0, "WO-000009");
    }

    /**
     * The search is held inside the store until an event posted meanwhile has been handled: the UI thread is
     * not blocked by a search, however long it takes (the limit only catches a hang).
     */
    private void assertTheUiThreadAnswersWhileTheSearchWaits(UiBot bot, Runnable search) {
        CountDownLatch searchGate = new CountDownLatch(1);
        reads.holdCountsUntil(searchGate);
        try {
            search.run();
            bot.waitUntil(() -> reads.countsWaiting() > 0, PATIENCE, "the search to reach the store");
            AtomicBoolean answered = new AtomicBoolean();
            Display.getCurrent().asyncExec(() -> answered.set(true));
            bot.waitUntil(answered::get, PATIENCE, "the UI thread to handle an event during the search");
            assertThat(reads.countsWaiting()).as("the search still waits").isPositive();
        } finally {
            searchGate.countDown();
        }
    }

    private static UiTable waitForRows(UiBot bot, String count, Duration timeout) {
        bot.waitUntil(() -> count.equals(bot.labelWithId(WorkOrdersPart.ID_COUNT).text()), timeout, "the count '" + count + "'");
        return WorkOrdersPartTest.waitForRows(bot, count);
    }
}
