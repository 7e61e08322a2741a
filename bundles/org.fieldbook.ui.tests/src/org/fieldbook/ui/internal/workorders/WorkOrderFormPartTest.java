package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.MODEL;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.download;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.Account;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Contact;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus.Phase;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiCombo;
import org.fieldbook.tests.common.ui.UiDialog;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.StatusOnlySync;
import org.fieldbook.ui.internal.widgets.ConfirmDialog;
import org.fieldbook.ui.internal.widgets.WheelGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work order form on a real Derby store: what it shows, and what its edits write to the store and outbox. */
class WorkOrderFormPartTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;
    private MDirtyable dirty;
    private WorkOrderFormPart part;

    @BeforeEach
    void fillStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        Account account = WorkOrderFixtures.account("acc-1", "Contoso Dairy");
        Contact contact = MODEL.createContact();
        contact.setId("con-1");
        contact.setFullName("Ann Baker");
        IncidentType incident = MODEL.createIncidentType();
        incident.setId("inc-1");
        incident.setName("Compressor failure");
        WorkOrder workOrder = WorkOrderFixtures.workOrder("wo-1", "WO-00412", account, "12 Mill Road", WorkOrderSystemStatus.IN_PROGRESS);
        workOrder.setReportedByContact(contact);
        workOrder.setPrimaryIncidentType(incident);
        workOrder.setPriority(WorkOrderPriority.HIGH);
        workOrder.setInstructions("Call before arrival");
        List<BookingStatus> statuses = List.of(status("bs-0", "Scheduled", FieldServiceStatus.SCHEDULED),
                status("bs-1", "Traveling", FieldServiceStatus.TRAVELING), status("bs-2", "On Break", FieldServiceStatus.ON_BREAK),
                status("bs-3", "In Progress", FieldServiceStatus.IN_PROGRESS), status("bs-4", "Completed", FieldServiceStatus.COMPLETED),
                status("bs-5", "Canceled", FieldServiceStatus.CANCELED));
        download(store, Literals.ACCOUNT, List.of(account));
        download(store, Literals.CONTACT, List.of(contact));
        download(store, Literals.INCIDENT_TYPE, List.of(incident));
        download(store, Literals.BOOKING_STATUS, statuses);
        download(store, Literals.PRODUCT, List.of(WorkOrderFixtures.product("p-1", "Compressor C-200"),
                WorkOrderFixtures.product("p-2", "Refrigerant R-134a")));
        download(store, Literals.WORK_ORDER, List.of(workOrder));
        download(store, Literals.BOOKING, List.of(WorkOrderFixtures.booking("b-1", workOrder, statuses.get(0), START),
                WorkOrderFixtures.booking("b-2", workOrder, statuses.get(4), START.plusSeconds(86_400))));
        download(store, Literals.WORK_ORDER_SERVICE_TASK, List.of(WorkOrderFixtures.task("t-1", "Isolate power", workOrder, 1),
                WorkOrderFixtures.task("t-2", "Leak test", workOrder, 2)));
    }

    @AfterEach
    void closeShellAndStore() {
        fixture.close();
        store.close();
    }

    @Test
    void openingAWorkOrderShowsItsHeader() {
        UiBot bot = open();

        assertThat(bot.label("WO-00412 \u00b7 In Progress").isVisible()).isTrue();
        assertThat(bot.label("Contoso Dairy").isVisible()).isTrue();
        assertThat(bot.label("Ann Baker").isVisible()).isTrue();
        assertThat(bot.label("12 Mill Road, Springfield").isVisible()).isTrue();
        assertThat(bot.label("Compressor failure").isVisible()).isTrue();
        assertThat(bot.label("High").isVisible()).isTrue();
        assertThat(bot.label("Fri 27 Nov 09:00\u201311:30").isVisible()).isTrue();
    }

    @Test
    void withoutAWorkOrderTheFormSaysHowToChooseOne() {
        fixture = fixture();
        fixture.make(WorkOrderFormPart.class);

        assertThat(fixture.bot().label(WorkOrderFormPart.CHOOSE_MESSAGE).isVisible()).isTrue();
    }

    @Test
    void editedInstructionsAreSavedWithAnOutboxEntryAndSurviveARestart() {
        UiBot bot = open();

        bot.textWithLabel(NotesSection.LABEL).setText("Call before arrival. Bring a ladder.");
        assertThat(dirty.isDirty()).isTrue();
        ContextInjectionFactory.invoke(part, Persist.class, fixture.context());

        OutboxEntry entry = waitForOutbox(bot, 1).get(0);
        assertThat(entry.recordId()).isEqualTo("wo-1");
        assertThat(entry.operation()).isEqualTo(Operation.UPDATE);
        assertThat(entry.changedFields()).containsValue("Call before arrival. Bring a ladder.");
        bot.waitUntil(() -> !dirty.isDirty(), "the part to be clean once saved");

        fixture.close();
        store.close();
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        UiBot reopened = open();

        reopened.waitUntil(() -> "Call before arrival. Bring a ladder.".equals(reopened.textWithLabel(NotesSection.LABEL).text()),
                "the saved instructions after a restart");
        assertThat(store.outbox().pending()).hasSize(1);
    }

    @Test
    void textTypedAndLeftInTheFieldIsSavedWithoutLeavingIt() {
        UiBot bot = open();

        bot.textWithLabel(NotesSection.LABEL).setText("Call before arrival. Dog in the yard");

        bot.waitUntil(() -> "Call before arrival. Dog in the yard".equals(store.workOrders().details("wo-1").orElseThrow()
                .workOrder().getInstructions()), "the typed text in the store while the field has the focus");
        assertThat(bot.widgetWithId(NotesSection.ID, Text.class).isFocusControl()).as("never left the field").isTrue();
        assertThat(store.outbox().pending()).singleElement()
                .satisfies(entry -> assertThat(entry.changedFields()).containsValue("Call before arrival. Dog in the yard"));
        bot.waitUntil(() -> !dirty.isDirty(), "the part to be clean once saved");
    }

    @Test
    void typedNumbersAreSavedWithoutLeavingTheField() {
        UiBot bot = open();

        bot.textWithId("task.t-2.percent").setText("40");

        bot.waitUntil(() -> store.workOrders().details("wo-1").orElseThrow().tasks().stream()
                .anyMatch(task -> "t-2".equals(task.getId()) && task.getPercentComplete() == 40.0), "the typed percentage in the store");
    }

    @Test
    void aFinishedSyncShowsWhatTheOfficeChangedInTheOpenWorkOrder() {
        StatusOnlySync sync = new StatusOnlySync();
        UiBot bot = open(sync);
        bot.waitUntil(() -> "Call before arrival".equals(bot.textWithLabel(NotesSection.LABEL).text()), "the instructions");

        downloadInstructions("Gate code 4711");
        sync.change(Phase.SYNCING, 0, 0);
        sync.change(Phase.IDLE, 0, 0);

        bot.waitUntil(() -> "Gate code 4711".equals(bot.textWithLabel(NotesSection.LABEL).text()),
                "the office's instructions after the sync");
    }

    @Test
    void anInvalidValueShowsTheMessageBesideTheFieldAndWritesNothing() {
        UiBot bot = open();

        bot.textWithId("task.t-1.percent").setText("150").pressEnter();

        bot.waitUntil(() -> bot.labelWithId("task.t-1.message").text().contains("percentComplete must be between 0 and 100"),
                "the refusal beside the field");
        assertThat(bot.labelWithId("task.t-1.message").isVisible()).isTrue();
        assertThat(store.outbox().pending()).isEmpty();
        assertThat(store.workOrders().details("wo-1").orElseThrow().tasks().get(0).getPercentComplete()).isZero();
    }

    @Test
    void theBookingStatusOffersOnlyTheAllowedChanges() {
        UiBot bot = open();
        UiCombo scheduled = bot.comboBoxWithId("booking.b-1.status");
        assertThat(scheduled.items()).containsExactly("Scheduled", "Canceled", "In Progress", "Traveling");

        scheduled.setSelection("Traveling");

        OutboxEntry entry = waitForOutbox(bot, 1).get(0);
        assertThat(entry.recordId()).isEqualTo("b-1");
        assertThat(entry.changedFields()).containsValue("bs-1");
        bot.waitUntil(() -> scheduled.items().get(0).equals("Traveling"), "the new status to be shown");
        assertThat(scheduled.items()).containsExactly("Traveling", "Canceled", "In Progress", "On Break")
                .doesNotContain("Completed", "Scheduled");
    }

    @Test
    void aWheelOverTheBookingStatusScrollsTheFormAndChangesNothing() {
        WheelGuard.install(Display.getCurrent()); // as WheelGuardAddon does when the client starts
        UiBot bot = open();
        Combo status = bot.widgetWithId("booking.b-1.status", Combo.class);

        UiMouse mouse = new UiMouse(bot, status.getDisplay());
        mouse.wheel(status, 1);
        mouse.wheel(status, -1);

        assertThat(bot.comboBoxWithId("booking.b-1.status").selection()).isEqualTo("Scheduled");
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void cancellingABookingAsksFirstAndKeepingItChangesNothing() {
        UiBot bot = open();

        UiDialog question = UiDialog.answerNext(fixture.shell(), ConfirmDialog.ID_KEEP);
        bot.comboBoxWithId("booking.b-1.status").setSelection("Canceled");

        assertThat(question.answered()).as("a question came").isTrue();
        assertThat(question.texts()).anySatisfy(text -> assertThat(text).contains("cannot be changed again"));
        assertThat(bot.comboBoxWithId("booking.b-1.status").selection()).isEqualTo("Scheduled");
        assertThat(store.outbox().size()).isZero();
    }

    @Test
    void cancellingABookingOnceConfirmedSavesIt() {
        UiBot bot = open();

        UiDialog question = UiDialog.answerNext(fixture.shell(), ConfirmDialog.ID_PROCEED);
        bot.comboBoxWithId("booking.b-1.status").setSelection("Canceled");

        assertThat(question.answered()).isTrue();
        waitForOutbox(bot, 1);
        bot.waitUntil(() -> bot.comboBoxWithId("booking.b-1.status").selection().equals("Canceled"), "the cancelled status");
    }

    @Test
    void aStepThatCanBeTakenBackAsksNothing() {
        UiBot bot = open();

        UiDialog question = UiDialog.answerNext(fixture.shell(), ConfirmDialog.ID_KEEP);
        bot.comboBoxWithId("booking.b-1.status").setSelection("Traveling");

        waitForOutbox(bot, 1);
        assertThat(question.answered()).as("no question for Traveling").isFalse();
    }

    @Test
    void aCompletedBookingOffersNoChange() {
        UiBot bot = open();
        UiCombo completed = bot.comboBoxWithId("booking.b-2.status");

        assertThat(completed.items()).containsExactly("Completed");
        assertThat(completed.isEnabled()).isFalse();
    }

    @Test
    void tickingATaskCompletesItWithAnOutboxEntryAndUndoTakesItBack() {
        UiBot bot = open();

        bot.checkBox("Isolate power").click();

        OutboxEntry entry = waitForOutbox(bot, 1).get(0);
        assertThat(entry.recordId()).isEqualTo("t-1");
        bot.waitUntil(() -> "100".equals(bot.textWithId("task.t-1.percent").text()), "the task to show 100 %");

        bot.button(WorkOrderFormPart.UNDO).click();

        assertThat(waitForOutbox(bot, 2).get(1).recordId()).isEqualTo("t-1");
        bot.waitUntil(() -> !bot.checkBox("Isolate power").isChecked(), "the tick to be taken back");
        assertThat(store.workOrders().details("wo-1").orElseThrow().tasks().get(0).isCompleted()).isFalse();
    }

    @Test
    void addingAProductChangingItsQuantityAndRemovingItWriteOutboxEntries() {
        UiBot bot = open();

        bot.comboBoxWithLabel("Add product").setSelection("Compressor C-200");
        bot.button("Add product").click();

        OutboxEntry created = waitForOutbox(bot, 1).get(0);
        assertThat(created.operation()).isEqualTo(Operation.CREATE);
        assertThat(created.changedFields()).containsValue("p-1");
        bot.buttonWithTooltip("More Compressor C-200").click();
        assertThat(waitForOutbox(bot, 2).get(1).operation()).isEqualTo(Operation.UPDATE);
        assertThat(store.workOrders().details("wo-1").orElseThrow().products()).singleElement()
                .satisfies(line -> assertThat(line.getQuantity()).isEqualTo(2.0));

        bot.buttonWithTooltip("Remove Compressor C-200").click();
        bot.waitUntil(() -> store.workOrders().details("wo-1").orElseThrow().products().isEmpty(), "the line to be removed");
        assertThat(store.outbox().pending()).as("a line never uploaded is simply forgotten").isEmpty();
    }

    private UiBot open() {
        return open(null);
    }

    /** @param sync the sync service the form listens to, or null for none */
    private UiBot open(SyncService sync) {
        fixture = fixture();
        if (sync != null) {
            fixture.context().set(SyncService.class, sync);
        }
        fixture.context().set(WorkOrderFormPart.WORK_ORDER_ID, "wo-1");
        part = fixture.make(WorkOrderFormPart.class);
        UiBot bot = fixture.bot();
        bot.label("WO-00412 \u00b7 In Progress");
        return bot;
    }

    /** The office's instructions arrive in a download, as a sync brings them. */
    private void downloadInstructions(String instructions) {
        WorkOrder fromOffice = store.workOrders().details("wo-1").orElseThrow().workOrder();
        fromOffice.setInstructions(instructions);
        fromOffice.setVersionNumber(fromOffice.getVersionNumber() + 1);
        download(store, Literals.WORK_ORDER, List.of(fromOffice));
    }

    private E4PartFixture fixture() {
        E4PartFixture made = new E4PartFixture(WorkOrderFormPartTest.class);
        dirty = MBasicFactory.INSTANCE.createPart();
        made.context().set(LocalStore.class, store);
        made.context().set(MDirtyable.class, dirty);
        made.context().set(Clock.class, Clock.fixed(START, ZONE));
        return made;
    }

    private List<OutboxEntry> waitForOutbox(UiBot bot, int entries) {
        bot.waitUntil(() -> store.outbox().size() == entries, "the outbox to hold " + entries + " entries");
        return store.outbox().pending();
    }
}
