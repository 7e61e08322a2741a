package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.MODEL;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.download;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Account;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.UriLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On site: the form's way to the customer (Navigate, Call) and the asset with its earlier visits. */
class OnTheJobTest {

    private static final Instant START = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path workspace;

    private final List<String> launched = new ArrayList<>();
    private DerbyLocalStore store;
    private E4PartFixture fixture;
    private Account account;
    private WorkOrder workOrder;

    @BeforeEach
    void fillStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        account = WorkOrderFixtures.account("acc-1", "Contoso Dairy");
        account.setTelephone1("+1 555 0100");
        workOrder = WorkOrderFixtures.workOrder("wo-1", "WO-00412", account, "12 Mill Road", WorkOrderSystemStatus.IN_PROGRESS);
        download(store, Literals.ACCOUNT, List.of(account));
    }

    @AfterEach
    void closeShellAndStore() {
        fixture.close();
        store.close();
    }

    @Test
    void navigateAndCallHandTheAddressAndTheContactsNumberToTheLauncher() {
        Contact contact = MODEL.createContact();
        contact.setId("con-1");
        contact.setFullName("Ann Baker");
        contact.setTelephone1("+1 (555) 0123");
        download(store, Literals.CONTACT, List.of(contact));
        workOrder.setReportedByContact(contact);
        download(store, Literals.WORK_ORDER, List.of(workOrder));
        UiBot bot = open();

        assertThat(bot.label("Ann Baker \u00b7 +1 (555) 0123").isVisible()).isTrue();
        bot.button(VisitSection.NAVIGATE).click();
        bot.button(VisitSection.CALL).click();

        assertThat(launched).containsExactly("https://www.google.com/maps/search/?api=1&query=12+Mill+Road%2C+Springfield",
                "tel:+15550123");
    }

    @Test
    void withoutAContactsNumberCallDialsTheAccount() {
        download(store, Literals.WORK_ORDER, List.of(workOrder));
        UiBot bot = open();

        bot.button(VisitSection.CALL).click();

        assertThat(launched).containsExactly("tel:+15550100");
    }

    @Test
    void withNoAddressOrNumberTheButtonsCannotBePressed() {
        account.setTelephone1(null);
        download(store, Literals.ACCOUNT, List.of(account));
        workOrder.setAddress1(null);
        workOrder.setCity(null);
        download(store, Literals.WORK_ORDER, List.of(workOrder));
        UiBot bot = open();

        assertThat(bot.button(VisitSection.NAVIGATE).isEnabled()).isFalse();
        assertThat(bot.button(VisitSection.CALL).isEnabled()).isFalse();
    }

    @Test
    void theAssetShowsItsDetailsAndTheEarlierVisitsOnThisDeviceNewestFirst() {
        download(store, Literals.PRODUCT, List.of(WorkOrderFixtures.product("p-1", "Chiller CH-40")));
        CustomerAsset chiller = MODEL.createCustomerAsset();
        chiller.setId("asset-1");
        chiller.setName("Chiller in the cold store");
        chiller.setAccount(account);
        chiller.setProduct(WorkOrderFixtures.product("p-1", null));
        download(store, Literals.CUSTOMER_ASSET, List.of(chiller));
        IncidentType leak = MODEL.createIncidentType();
        leak.setId("inc-1");
        leak.setName("Refrigerant leak");
        download(store, Literals.INCIDENT_TYPE, List.of(leak));
        workOrder.setCustomerAsset(chiller);
        WorkOrder sameAsset = WorkOrderFixtures.workOrder("wo-old", "WO-00100", null, "12 Mill Road", WorkOrderSystemStatus.COMPLETED);
        sameAsset.setCustomerAsset(chiller);
        sameAsset.setPrimaryIncidentType(leak);
        WorkOrder sameAccount = WorkOrderFixtures.workOrder("wo-mid", "WO-00200", account, "12 Mill Road", WorkOrderSystemStatus.COMPLETED);
        WorkOrder elsewhere = WorkOrderFixtures.workOrder("wo-other", "WO-00300", null, "1 Elm Street", WorkOrderSystemStatus.COMPLETED);
        download(store, Literals.WORK_ORDER, List.of(workOrder, sameAsset, sameAccount, elsewhere));
        BookingStatus done = WorkOrderFixtures.status("bs-4", "Completed", FieldServiceStatus.COMPLETED);
        download(store, Literals.BOOKING_STATUS, List.of(done));
        download(store, Literals.BOOKING, List.of(WorkOrderFixtures.booking("b-old", sameAsset, done, START.minusSeconds(90 * 86_400L)),
                WorkOrderFixtures.booking("b-mid", sameAccount, done, START.minusSeconds(10 * 86_400L)),
                WorkOrderFixtures.booking("b-other", elsewhere, done, START.minusSeconds(86_400L))));

        UiBot bot = open();

        assertThat(bot.visibleTexts()).containsSubsequence("Asset", "Chiller in the cold store", "Product", "Chiller CH-40",
                "Earlier visits", "Tue 17 Nov 2026 \u00b7 WO-00200 \u00b7 Completed",
                "Sat 29 Aug 2026 \u00b7 WO-00100 \u00b7 Completed \u00b7 Refrigerant leak");
        assertThat(bot.visibleTexts()).as("neither another customer's visit nor the open work order itself")
                .filteredOn(text -> text.contains("2026 \u00b7")).hasSize(2);
    }

    @Test
    void aFirstVisitSaysThereIsNoHistory() {
        download(store, Literals.WORK_ORDER, List.of(workOrder));

        assertThat(open().label(AssetSection.NO_HISTORY).isVisible()).isTrue();
    }

    private UiBot open() {
        fixture = WorkOrderFixtures.formContext(OnTheJobTest.class, store, START, "wo-1");
        fixture.context().set(UriLauncher.class, uri -> launched.add(uri));
        fixture.make(WorkOrderFormPart.class);
        UiBot bot = fixture.bot();
        bot.labelContaining("WO-00412");
        return bot;
    }
}
