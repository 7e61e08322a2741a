package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Contact;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
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
    /** The first booking's status buttons' ids, before the status's name. */
    private static final String STEP = "booking.b-1.step.";

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
    void theInstructionsAreTheOfficesToReadAndTheSummaryTheTechniciansToWrite() {
        UiBot bot = open();

        Text instructions = bot.widgetWithId(NotesSection.INSTRUCTIONS_ID, Text.class);
        Text summary = bot.widgetWithId(NotesSection.ID, Text.class);

        assertThat(instructions.getText()).isEqualTo("Call before arrival");
        assertThat(instructions.getEditable()).as("the office's field").isFalse();
        assertThat(summary.getEditable()).isTrue();
    }

    @Test
    void withoutAWorkOrderTheFormSaysHowToChooseOne() {
        fixture = fixture();
        fixture.make(WorkOrderFormPart.class);

        assertThat(fixture.bot().label(WorkOrderFormPart.CHOOSE_MESSAGE).isVisible()).isTrue();
    }

    @Test
    void theSummaryIsSavedWithAnOutboxEntryAndSurvivesARestart() {
        UiBot bot = open();

        bot.textWithLabel(NotesSection.LABEL).setText("Replaced the seal. Bring a ladder next time.");
        assertThat(dirty.isDirty()).isTrue();
        ContextInjectionFactory.invoke(part, Persist.class, fixture.context());

        OutboxEntry entry = waitForOutbox(bot, 1).get(0);
        assertThat(entry.recordId()).isEqualTo("wo-1");
        assertThat(entry.operation()).isEqualTo(Operation.UPDATE);
        assertThat(entry.changedFields()).containsEntry("msdyn_workordersummary", "Replaced the seal. Bring a ladder next time.");
        bot.waitUntil(() -> !dirty.isDirty(), "the part to be clean once saved");

        fixture.close();
        store.close();
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        UiBot reopened = open();

        reopened.waitUntil(() -> "Replaced the seal. Bring a ladder next time.".equals(reopened.textWithLabel(NotesSection.LABEL).text()),
                "the saved summary after a restart");
        assertThat(store.outbox().pending()).hasSize(1);
    }

    @Test
    void textTypedAndLeftInTheFieldIsSavedWithoutLeavingIt() {
        UiBot bot = open();

        bot.textWithLabel(NotesSection.LABEL).setText("Replaced the seal. Dog in the yard");

        bot.waitUntil(() -> "Replaced the seal. Dog in the yard".equals(store.workOrders().details("wo-1").orElseThrow()
                .workOrder().getSummary()), "the typed text in the store while the field has the focus");
        assertThat(bot.widgetWithId(NotesSection.ID, Text.class).isFocusControl()).as("never left the field").isTrue();
        assertThat(store.outbox().pending()).singleElement()
                .satisfies(entry -> assertThat(entry.changedFields()).containsValue("Replaced the seal. Dog in the yard"));
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
        bot.waitUntil(() -> "Call before arrival".equals(bot.textWithLabel(NotesSection.INSTRUCTIONS_LABEL).text()), "the instructions");

        downloadInstructions("Gate code 4711");
        sync.change(Phase.SYNCING, 0, 0);
        sync.change(Phase.IDLE, 0, 0);

        bot.waitUntil(() -> "Gate code 4711".equals(bot.textWithLabel(NotesSection.INSTRUCTIONS_LABEL).text()),
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

        OutboxEntry entry = waitForOutbox(bot, 2).get(0);
        assertThat(entry.recordId()).isEqualTo("b-1");
        assertThat(entry.changedFields()).containsValue("bs-1");
        bot.waitUntil(() -> bot.comboBoxWithId("booking.b-1.status").items().get(0).equals("Traveling"), "the new status to be shown");
        assertThat(bot.comboBoxWithId("booking.b-1.status").items()).containsExactly("Traveling", "Canceled", "In Progress", "On Break")
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
        waitForOutbox(bot, 2);
        bot.waitUntil(() -> bot.comboBoxWithId("booking.b-1.status").selection().equals("Canceled"), "the cancelled status");
        bot.waitUntil(() -> workOrder().getSystemStatus() == WorkOrderSystemStatus.COMPLETED,
                "the work order to follow its bookings: the other one is completed");
    }

    @Test
    void aStepThatCanBeTakenBackAsksNothing() {
        UiBot bot = open();

        UiDialog question = UiDialog.answerNext(fixture.shell(), ConfirmDialog.ID_KEEP);
        bot.comboBoxWithId("booking.b-1.status").setSelection("Traveling");

        waitForOutbox(bot, 2);
        assertThat(question.answered()).as("no question for Traveling").isFalse();
    }

    @Test
    void theStatusButtonsWalkTheVisitRecordingItsTimesAndTimeEntries() {
        UiBot bot = open();

        tap(bot, "traveling", "07:30");
        assertThat(booking().getStartTime()).as("the actual start").isEqualTo(at("07:30"));
        assertThat(booking().getEndTime()).as("the booking keeps its length").isEqualTo(at("10:00"));
        assertThat(bot.buttonWithId(STEP + "inProgress").text()).isEqualTo("Arrive");
        tap(bot, "inProgress", "07:55");
        assertThat(bot.buttonWithId(STEP + "onBreak").text()).isEqualTo("Pause");
        tap(bot, "onBreak", "09:00");
        assertThat(bot.buttonWithId(STEP + "inProgress").text()).isEqualTo("Resume work");
        tap(bot, "inProgress", "09:10");
        UiDialog question = UiDialog.answerNext(fixture.shell(), ConfirmDialog.ID_PROCEED);
        tap(bot, "completed", "10:00");

        assertThat(question.answered()).as("completing asks first").isTrue();
        bot.waitUntil(() -> booking().getStatus().getFieldServiceStatus() == FieldServiceStatus.COMPLETED, "the completed booking");
        Booking booking = booking();
        assertThat(booking.getActualArrivalTime()).isEqualTo(at("07:55"));
        assertThat(booking.getActualTravelDuration()).isEqualTo(25);
        assertThat(booking.getTotalBreakDuration()).isEqualTo(10);
        assertThat(booking.getEndTime()).as("the actual end").isEqualTo(at("10:00"));
        assertThat(store.workOrders().details("wo-1").orElseThrow().timeEntries())
                .extracting(TimeEntry::getType, TimeEntry::getStart, TimeEntry::getEnd, TimeEntry::getDuration)
                .containsExactly(tuple(TimeEntryType.TRAVEL, at("07:30"), at("07:55"), 25),
                        tuple(TimeEntryType.WORK, at("07:55"), at("09:00"), 65),
                        tuple(TimeEntryType.ON_BREAK, at("09:00"), at("09:10"), 10),
                        tuple(TimeEntryType.WORK, at("09:10"), at("10:00"), 50));
        WorkOrder workOrder = workOrder();
        assertThat(workOrder.getSystemStatus()).as("no booking left to do").isEqualTo(WorkOrderSystemStatus.COMPLETED);
        assertThat(workOrder.getFirstArrivedOn()).isEqualTo(at("07:55"));
        assertThat(workOrder.getCompletedOn()).isEqualTo(at("10:00"));
        bot.waitUntil(() -> bot.labelWithId("booking.b-1.times").text()
                .equals("Arrived 08:55 \u00b7 travel 25 min \u00b7 breaks 10 min \u00b7 completed 11:00"), "the times on the booking");
        assertThat(store.outbox().pending()).extracting(OutboxEntry::table).contains("msdyn_timeentry", "bookableresourcebooking",
                "msdyn_workorder");
    }

    @Test
    void aTimeEntryCorrectedInTheFormIsSavedWithItsDurationAndAnEndBeforeItsStartIsRefused() {
        UiBot bot = open();
        tap(bot, "traveling", "07:30");
        tap(bot, "inProgress", "07:55");
        TimeEntry travel = store.workOrders().details("wo-1").orElseThrow().timeEntries().get(0);
        String row = "timeentry." + travel.getId();
        int before = store.outbox().size();

        bot.textWithId(row + ".start").setText("08:20").pressEnter();

        bot.waitUntil(() -> "35 min".equals(bot.labelWithId(row + ".duration").text()), "the new duration beside the entry");
        TimeEntry stored = store.workOrders().details("wo-1").orElseThrow().timeEntries().get(0);
        assertThat(stored.getStart()).as("08:20 in Berlin").isEqualTo(at("07:20"));
        assertThat(stored.getDuration()).isEqualTo(35);
        assertThat(store.outbox().size()).isEqualTo(before + 1);

        bot.textWithId(row + ".end").setText("08:00").pressEnter();

        bot.waitUntil(() -> bot.labelWithId(row + ".message").text().contains("is before start"), "the refusal beside the entry");
        assertThat(store.workOrders().details("wo-1").orElseThrow().timeEntries().get(0).getEnd()).isEqualTo(at("07:55"));
        assertThat(store.outbox().size()).isEqualTo(before + 1);
    }

    @Test
    void undoTakesAWholeStepBack() {
        UiBot bot = open();
        tap(bot, "traveling", "07:30");

        bot.button(WorkOrderFormPart.UNDO).click();

        bot.waitUntil(() -> booking().getStatus().getFieldServiceStatus() == FieldServiceStatus.SCHEDULED, "the booking scheduled again");
        assertThat(booking().getStartTime()).isEqualTo(START);
        assertThat(store.workOrders().details("wo-1").orElseThrow().timeEntries()).as("the travel entry gone").isEmpty();
        assertThat(bot.buttonWithId(STEP + "traveling").text()).isEqualTo("Travel");
    }

    @Test
    void aDoubleTapOnAStatusButtonTakesOneStep() {
        UiBot bot = open();
        Button travel = bot.widgetWithId(STEP + "traveling", Button.class);

        new UiMouse(bot, travel.getDisplay()).tap(travel, 2);

        bot.waitUntil(travel::isDisposed, "the form to show the step taken");
        assertThat(bot.buttonWithId(STEP + "inProgress").text()).isEqualTo("Arrive");
        assertThat(booking().getStatus().getFieldServiceStatus()).isEqualTo(FieldServiceStatus.TRAVELING);
        assertThat(store.workOrders().details("wo-1").orElseThrow().timeEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.getType()).isEqualTo(TimeEntryType.TRAVEL));
        assertThat(store.outbox().size()).as("the booking and its travel entry, once").isEqualTo(2);
    }

    @Test
    void aSlowSecondTapOnTheNextStepsButtonTakesNoStepUntilTheGuardHasPassed() {
        UiBot bot = open();
        Button travel = bot.widgetWithId(STEP + "traveling", Button.class);
        UiMouse mouse = new UiMouse(bot, travel.getDisplay());
        mouse.tap(travel, 1);
        bot.waitUntil(travel::isDisposed, "the form to show the step taken");
        Button arrive = bot.widgetWithId(STEP + "inProgress", Button.class);
        fixture.context().set(Clock.class, Clock.fixed(START.plusMillis(300), ZONE));
        mouse.tap(arrive, 1);

        assertThat(arrive.isDisposed()).as("no step 300 ms after the last").isFalse();
        assertThat(arrive.isEnabled()).isTrue();
        assertThat(booking().getStatus().getFieldServiceStatus()).isEqualTo(FieldServiceStatus.TRAVELING);

        Instant arrived = START.plus(StepGuard.PAUSE);
        fixture.context().set(Clock.class, Clock.fixed(arrived, ZONE));
        mouse.tap(arrive, 1);

        bot.waitUntil(arrive::isDisposed, "the form to show the arrival");
        assertThat(booking().getStatus().getFieldServiceStatus()).isEqualTo(FieldServiceStatus.IN_PROGRESS);
        assertThat(booking().getActualArrivalTime()).as("the tap after the guard, not the one before").isEqualTo(arrived);
    }

    @Test
    void statusButtonsAreFingerSized() {
        UiBot bot = open();

        Button travel = bot.widgetWithId(STEP + "traveling", Button.class);
        bot.waitUntil(() -> !travel.getSize().equals(new Point(0, 0)), "the form to be laid out");

        assertThat(travel.getSize().y).isGreaterThanOrEqualTo(48);
        assertThat(travel.getSize().x).isGreaterThanOrEqualTo(48);
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

    /** Taps the button of the first booking's step to {@code status} at {@code time}, UTC on the booking's day. */
    private void tap(UiBot bot, String status, String time) {
        StatusButtons.tap(fixture, bot, "b-1", status, Clock.fixed(at(time), ZONE));
    }

    private static Instant at(String utcTime) {
        return Instant.parse("2026-11-27T" + utcTime + ":00Z");
    }

    private Booking booking() {
        return store.workOrders().details("wo-1").orElseThrow().bookings().get(0);
    }

    private WorkOrder workOrder() {
        return store.workOrders().details("wo-1").orElseThrow().workOrder();
    }

    private List<OutboxEntry> waitForOutbox(UiBot bot, int entries) {
        bot.waitUntil(() -> store.outbox().size() == entries, "the outbox to hold " + entries + " entries");
        return store.outbox().pending();
    }
}
