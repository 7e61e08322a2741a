package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.MODEL;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.download;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiDialog;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.widgets.NumberPad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Amounts entered with gloves on: steps, a double tap, the number pad and its chips, units, the right catalogue. */
class QuantityEntryTest {

    private static final String FILTER_LINE = "product.wop-1";

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;

    @BeforeEach
    void fillStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        WorkOrder workOrder = WorkOrderFixtures.contosoWorkOrder(store);
        Product filter = WorkOrderFixtures.product("p-1", "Filter F-101");
        Product visit = WorkOrderFixtures.product("p-0", "Service visit (hour)");
        WorkOrderProduct used = MODEL.createWorkOrderProduct();
        used.setId("wop-1");
        used.setWorkOrder(workOrder);
        used.setProduct(filter);
        used.setQuantity(1);
        used.setLineStatus(LineStatus.USED);
        used.setVersionNumber(1);
        WorkOrderService service = MODEL.createWorkOrderService();
        service.setId("wos-1");
        service.setWorkOrder(workOrder);
        service.setService(visit);
        service.setDuration(60);
        service.setLineStatus(LineStatus.USED);
        service.setVersionNumber(1);
        download(store, Literals.PRODUCT, List.of(filter, visit));
        download(store, Literals.WORK_ORDER_PRODUCT, List.of(used));
        download(store, Literals.WORK_ORDER_SERVICE, List.of(service));
    }

    @AfterEach
    void closeShellAndStore() {
        fixture.close();
        store.close();
    }

    @Test
    void amountsShowTheirUnitsAndTheStepTheButtonsTake() {
        UiBot bot = open();

        assertThat(bot.visibleTexts()).containsSubsequence("Filter F-101", "pcs", "[\u22121]", "[+1]", "[123]", "[Remove]",
                "Service visit (hour)", "min", "[\u221215]", "[+15]");
    }

    @Test
    void aDoubleTapOnPlusCountsAsTwoTaps() {
        UiBot bot = open();
        Button more = bot.widgetWithId(FILTER_LINE + ".more", Button.class);

        new UiMouse(bot, fixture.shell().getDisplay()).tap(more, 2);

        bot.waitUntil(() -> quantity() == 3.0, "two steps from 1 to 3");
        bot.waitUntil(() -> bot.textWithId(FILTER_LINE + ".amount").text().equals("3"), "3 shown");
    }

    @Test
    void theNumberPadTypesAnAmountWithoutAKeyboard() {
        UiBot bot = open();
        UiDialog pad = UiDialog.answerNext(fixture.shell(), NumberPad.ID_KEY + "1", NumberPad.ID_KEY + "2", NumberPad.ID_KEY + ".",
                NumberPad.ID_KEY + "5", NumberPad.ID_OK);

        bot.buttonWithId(FILTER_LINE + ".pad").click();

        bot.waitUntil(() -> quantity() == 12.5, "12.5 stored");
        assertThat(pad.answered()).isTrue();
        assertThat(bot.textWithId(FILTER_LINE + ".amount").text()).isEqualTo("12.5");
    }

    @Test
    void aChipOnTheNumberPadAnswersInOneTapAndCancelChangesNothing() {
        UiBot bot = open();
        UiDialog.answerNext(fixture.shell(), NumberPad.ID_KEY + "9", NumberPad.ID_CANCEL);
        bot.buttonWithId(FILTER_LINE + ".pad").click();
        assertThat(quantity()).isEqualTo(1.0);

        UiDialog.answerNext(fixture.shell(), NumberPad.ID_CHIP + "5");
        bot.buttonWithId(FILTER_LINE + ".pad").click();

        bot.waitUntil(() -> quantity() == 5.0, "the chip's 5 stored");
    }

    @Test
    void anItemUsedAsAServiceIsOfferedUnderServicesOnly() {
        UiBot bot = open();

        assertThat(bot.comboBoxWithId("product.catalogue").items()).containsExactly("Filter F-101");
        assertThat(bot.comboBoxWithId("service.catalogue").items()).containsExactly("Service visit (hour)");
    }

    private double quantity() {
        return store.workOrders().details("wo-1").orElseThrow().products().get(0).getQuantity();
    }

    private UiBot open() {
        fixture = WorkOrderFixtures.formContext(QuantityEntryTest.class, store, Instant.parse("2026-11-27T08:00:00Z"), "wo-1");
        fixture.make(WorkOrderFormPart.class);
        UiBot bot = fixture.bot();
        bot.labelContaining("WO-00412");
        return bot;
    }
}
