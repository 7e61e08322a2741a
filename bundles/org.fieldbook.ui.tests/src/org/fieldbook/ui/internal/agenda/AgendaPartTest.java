package org.fieldbook.ui.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Booking;
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

        assertThat(bot.label("1 booking in your window").isVisible()).isTrue();
        assertThat(bot.label("Replace compressor").isVisible()).isTrue();
        assertThat(bot.labelContaining("09:00").text()).isEqualTo("09:00\u201310:30");
        assertThat(bot.visibleTexts()).doesNotContain("Annual inspection");
    }

    @Test
    void todayComesFirstThenUpcomingThenPastAndEmptyDaysSaySo() {
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.BOOKING,
                List.of(booking("b-yesterday", "Leak test", Instant.parse("2026-11-26T13:00:00Z")),
                        booking("b-today", "Replace compressor", Instant.parse("2026-11-27T08:00:00Z")),
                        booking("b-monday", "Service visit", Instant.parse("2026-11-30T09:00:00Z"))),
                List.of(), null, null, null));

        fixture.make(AgendaPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().contains("Leak test"), "the agenda to load");
        List<String> texts = bot.visibleTexts();

        assertThat(texts).containsSubsequence("Today", "Replace compressor", "Upcoming", "Saturday 28 November",
                "Nothing booked", "Monday 30 November", "Service visit", "Past", "Thursday 26 November", "Leak test");
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
    void summaryCountsBookings() {
        assertThat(AgendaPart.summary(0)).isEqualTo(AgendaPart.EMPTY_MESSAGE);
        assertThat(AgendaPart.summary(1)).isEqualTo("1 booking in your window");
        assertThat(AgendaPart.summary(12)).isEqualTo("12 bookings in your window");
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
