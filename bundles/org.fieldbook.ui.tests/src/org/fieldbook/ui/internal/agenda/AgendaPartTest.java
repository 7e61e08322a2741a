package org.fieldbook.ui.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.fieldbook.model.Account;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.workorders.WorkOrderOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda part built through e4 DI on a real Derby store, read back from the real widgets. */
class AgendaPartTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-27T07:30:00Z");

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;

    @BeforeEach
    void openStoreAndShell() {
        store = new DerbyLocalStore(workspace.resolve("db"), (database, mayCreate) -> "agenda-test-key");
        fixture = new E4PartFixture(AgendaPartTest.class);
        fixture.context().set(LocalStore.class, store);
        fixture.context().set(Clock.class, Clock.fixed(NOW, ZONE));
    }

    @AfterEach
    void closeShellAndStore() {
        fixture.close();
        store.close();
    }

    @Test
    void anEmptyStoreSaysThereAreNoBookingsYet() {
        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();

        assertThat(bot.label(AgendaPart.EMPTY_MESSAGE).isVisible()).isTrue();
        assertThat(bot.labelContaining("Today").text()).isEqualTo("Today \u00b7 Friday 27 November");
    }

    @Test
    void bookingsInTheWindowAreListedWithTheirLocalTimes() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING,
                List.of(booking("b-today", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z")),
                        booking("b-far", "Annual inspection", Instant.parse("2026-12-09T08:00:00Z"))),
                List.of(), null, null, null));

        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();

        assertThat(bot.label("1 job today \u00b7 nothing booked in the next 7 days").isVisible()).isTrue();
        assertThat(bot.label("Replace compressor").isVisible()).isTrue();
        assertThat(bot.labelContaining("09:00").text()).isEqualTo("09:00\u201310:30");
        assertThat(bot.visibleTexts()).doesNotContain("Annual inspection");
    }

    @Test
    void todayComesFirstThenUpcomingThenPastAndFreeDaysReadAsOneLine() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING,
                List.of(booking("b-yesterday", "Leak test", Instant.parse("2026-11-26T13:00:00Z")),
                        booking("b-today", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z")),
                        booking("b-monday", "Service visit", Instant.parse("2026-11-30T09:00:00Z"))),
                List.of(), null, null, null));

        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().contains("Leak test"), "the agenda to load");
        List<String> texts = bot.visibleTexts();

        assertThat(texts).containsSubsequence("Today", "Replace compressor", "Upcoming", "No bookings Sat 28 \u2013 Sun 29 Nov",
                "Monday 30 November", "Service visit", "No bookings Tue 1 \u2013 Fri 4 Dec", "Past", "Thursday 26 November",
                "Leak test", "No bookings Fri 20 \u2013 Wed 25 Nov");
        assertThat(texts).doesNotContain("Nothing booked", "Saturday 28 November");
    }

    @Test
    void aLocalEditShowsAtOnceWithoutASync() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING,
                List.of(booking("b-today", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z"))), List.of(), null, null, null));
        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().contains("Replace compressor"), "the agenda to load");

        Booking edited = store.records().<Booking>find(FieldbookPackage.Literals.BOOKING, "b-today").orElseThrow();
        edited.setName("Replace compressor and fan");
        store.edits().update(edited);

        bot.waitUntil(() -> bot.visibleTexts().contains("Replace compressor and fan"), "the edit in the agenda");
    }

    @Test
    void aBookingOpensItsWorkOrder() {
        List<String> opened = new ArrayList<>();
        fixture.context().set(WorkOrderOpener.class, opened::add);
        Booking booking = booking("b-today", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z"));
        WorkOrder workOrder = FieldbookFactory.eINSTANCE.createWorkOrder();
        workOrder.setId("wo-1");
        workOrder.setNumber("WO-00412");
        booking.setWorkOrder(workOrder);
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.WORK_ORDER, List.of(workOrder), List.of(), null, null, null));
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING, List.of(booking), List.of(), null, null, null));

        fixture.make(AgendaPart.class);
        fixture.bot().button("Open WO-00412").click();

        assertThat(opened).containsExactly("wo-1");
    }

    @Test
    void summaryCountsTodaysAndTheComingJobsInPlainWords() {
        assertThat(AgendaPart.summary(0, 0)).isEqualTo("No jobs today \u00b7 nothing booked in the next 7 days");
        assertThat(AgendaPart.summary(1, 3)).isEqualTo("1 job today \u00b7 3 more in the next 7 days");
        assertThat(AgendaPart.summary(12, 0)).isEqualTo("12 jobs today \u00b7 nothing booked in the next 7 days");
    }

    @Test
    void eachCardShowsItsStatusAsAColouredBandWithAnIcon() {
        BookingStatus travelling = status("s-travel", "Traveling", FieldServiceStatus.TRAVELING);
        BookingStatus done = status("s-done", "Completed", FieldServiceStatus.COMPLETED);
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING_STATUS, List.of(travelling, done), List.of(), null,
                null, null));
        Booking onTheWay = booking("b-travel", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z"));
        onTheWay.setStatus(travelling);
        Booking finished = booking("b-done", "Leak test", Instant.parse("2026-11-27T06:00:00Z"));
        finished.setStatus(done);
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING, List.of(onTheWay, finished), List.of(), null, null,
                null));

        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        Canvas travelBand = bot.widgetWithId(StatusBand.ID_PREFIX + "b-travel", Canvas.class);
        Canvas doneBand = bot.widgetWithId(StatusBand.ID_PREFIX + "b-done", Canvas.class);

        ImageData travelPixels = pixels(travelBand);
        assertThat(travelBand.getToolTipText()).isEqualTo("Traveling");
        assertThat(pixel(travelPixels, 1, travelPixels.height - 2)).isEqualTo(StatusLook.TRAVELING.colour());
        assertThat(pixel(pixels(doneBand), 1, 1)).isEqualTo(StatusLook.COMPLETED.colour());
        Rectangle icon = StatusBand.iconBounds(new Rectangle(0, 0, travelPixels.width, travelPixels.height));
        assertThat(pixel(travelPixels, icon.x + icon.width / 2, icon.y + icon.height / 2))
                .as("the travel arrow's shaft crosses the middle of its icon").isEqualTo(StatusLook.ICON);
        assertThat(StatusLook.values()).extracting(StatusLook::colour).doesNotHaveDuplicates();
    }

    @Test
    void theNextJobComesFirstWithItsCustomerAddressAndIncidentType() {
        Account account = FieldbookFactory.eINSTANCE.createAccount();
        account.setId("acc-1");
        account.setName("Contoso Dairy");
        IncidentType incident = FieldbookFactory.eINSTANCE.createIncidentType();
        incident.setId("inc-1");
        incident.setName("Noisy fan");
        WorkOrder workOrder = FieldbookFactory.eINSTANCE.createWorkOrder();
        workOrder.setId("wo-1");
        workOrder.setNumber("WO-00412");
        workOrder.setServiceAccount(account);
        workOrder.setPrimaryIncidentType(incident);
        workOrder.setAddress1("12 Mill Road");
        workOrder.setCity("Springfield");
        Booking earlier = booking("b-early", "Early check", Instant.parse("2026-11-27T05:00:00Z"));
        Booking next = booking("b-next", "WO-00412 Contoso Dairy", Instant.parse("2026-11-28T08:00:00Z"));
        next.setWorkOrder(workOrder);
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(account), List.of(), null, null, null));
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.INCIDENT_TYPE, List.of(incident), List.of(), null, null, null));
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.WORK_ORDER, List.of(workOrder), List.of(), null, null, null));
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING, List.of(earlier, next), List.of(), null, null, null));

        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().contains("Early check"), "the agenda to load");

        assertThat(bot.visibleTexts()).as("the 06:00 job ended before now, so tomorrow's is next").containsSubsequence("Next job",
                "Sat 28 Nov 09:00\u201310:30", "Contoso Dairy", "12 Mill Road, Springfield", "Noisy fan \u00b7 WO-00412",
                "[Open WO-00412]", "Today", "06:00\u201307:30", "Early check");
        Composite nextCard = bot.widgetWithId(AgendaPart.ID_NEXT, Composite.class);
        Composite laterCard = bot.widgetWithId(AgendaCard.ID_PREFIX + "b-next", Composite.class);
        assertThat(nextCard.getSize().y).as("the next job stands out").isGreaterThan(laterCard.getSize().y);
    }

    @Test
    void cardsWrapAgainWhenTheAgendaGetsNarrowerSoEveryOpenButtonStaysInView() {
        String longName = "Replace the compressor of the cold room behind the dairy's loading bay and test the door seals";
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING,
                List.of(booking("b-early", longName, Instant.parse("2026-11-27T06:00:00Z")),
                        booking("b-next", longName + " again", Instant.parse("2026-11-27T09:00:00Z")),
                        booking("b-monday", longName + " on Monday", Instant.parse("2026-11-30T09:00:00Z"))),
                List.of(), null, null, null));
        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().contains(longName + " on Monday"), "the agenda to load");

        for (int width : new int[] { 900, 640, 480 }) {
            fixture.shell().setSize(width, 800);
            bot.waitUntil(() -> openButtonsOutsideTheView(bot).isEmpty(), "every Open button inside the " + width
                    + " px wide agenda, not " + openButtonsOutsideTheView(bot));
        }
    }

    /** @return the Open buttons (as "text at x..right") not horizontally inside the scroller's visible area */
    private static List<String> openButtonsOutsideTheView(UiBot bot) {
        Composite list = bot.widgetWithId(AgendaPart.ID_LIST, Composite.class);
        Rectangle view = list.getParent().getClientArea();
        Point viewOrigin = list.getParent().toDisplay(view.x, view.y);
        List<String> outside = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        collectButtons(list, buttons);
        assertThat(buttons).as("the cards' Open buttons").hasSize(4);
        for (Button button : buttons) {
            Point origin = button.getParent().toDisplay(button.getLocation());
            int right = origin.x + button.getSize().x;
            if (origin.x < viewOrigin.x || right > viewOrigin.x + view.width) {
                outside.add(button.getText() + " at " + (origin.x - viewOrigin.x) + ".." + (right - viewOrigin.x) + " of " + view.width);
            }
        }
        return outside;
    }

    private static void collectButtons(Composite parent, List<Button> buttons) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button) {
                buttons.add(button);
            } else if (child instanceof Composite composite) {
                collectButtons(composite, buttons);
            }
        }
    }

    private static ImageData pixels(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            control.print(gc);
            gc.dispose();
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static BookingStatus status(String id, String name, FieldServiceStatus meaning) {
        BookingStatus status = FieldbookFactory.eINSTANCE.createBookingStatus();
        status.setId(id);
        status.setName(name);
        status.setFieldServiceStatus(meaning);
        return status;
    }

    private static Booking booking(String id, String name, Instant start) {
        Booking booking = FieldbookFactory.eINSTANCE.createBooking();
        booking.setId(id);
        booking.setName(name);
        booking.setStartTime(start);
        booking.setEndTime(start.plusSeconds(90 * 60));
        return booking;
    }
}
