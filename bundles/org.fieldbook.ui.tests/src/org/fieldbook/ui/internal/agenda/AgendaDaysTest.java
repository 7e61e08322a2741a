package org.fieldbook.ui.internal.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.store.AgendaEntry;
import org.junit.jupiter.api.Test;

/** The agenda's days and how a booking reads. */
class AgendaDaysTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void everyDayOfTheWindowInReadingOrder() {
        AgendaEntry lateTonight = entry("Night call", Instant.parse("2026-11-27T23:30:00Z"));

        List<AgendaDays.Day> days = AgendaDays.of(List.of(lateTonight), TODAY, ZONE, 7);

        assertThat(days).hasSize(15);
        assertThat(days.get(0).group()).isEqualTo(AgendaDays.Group.TODAY);
        assertThat(days.get(1).date()).isEqualTo(TODAY.plusDays(1));
        assertThat(days.get(1).bookings()).as("00:30 in Berlin is tomorrow").containsExactly(lateTonight);
        assertThat(days.get(8).group()).isEqualTo(AgendaDays.Group.PAST);
        assertThat(days.get(8).date()).isEqualTo(TODAY.minusDays(1));
        assertThat(days.get(14).date()).isEqualTo(TODAY.minusDays(7));
    }

    @Test
    void aBookingReadsWithItsStatusWorkOrderAccountAndAddress() {
        AgendaEntry full = new AgendaEntry("b1", "Replace compressor", Instant.EPOCH, Instant.EPOCH, "In progress", null, "wo1",
                "WO-00412", "Contoso Dairy", "12 Mill Road, Springfield");

        assertThat(AgendaDays.details(full))
                .isEqualTo("Replace compressor \u00b7 In progress \u00b7 WO-00412 \u00b7 Contoso Dairy \u00b7 12 Mill Road, Springfield");
        assertThat(AgendaDays.details(entry(null, Instant.EPOCH))).isEqualTo("(unnamed booking)");
    }

    @Test
    void aBookingNamedAfterItsWorkOrderAndAccountDoesNotRepeatThem() {
        AgendaEntry named = new AgendaEntry("b1", "WO-00412 Contoso Dairy", Instant.EPOCH, Instant.EPOCH, "Scheduled", null, "wo1",
                "WO-00412", "Contoso Dairy", "12 Mill Road, Springfield");

        assertThat(AgendaDays.details(named)).isEqualTo("WO-00412 Contoso Dairy · Scheduled · 12 Mill Road, Springfield");
    }

    @Test
    void freeDaysNextToEachOtherReadAsOneLine() {
        AgendaEntry monday = entry("Service visit", Instant.parse("2026-11-30T09:00:00Z"));

        List<AgendaDays.Row> rows = AgendaDays.rows(AgendaDays.of(List.of(monday), TODAY, ZONE, 7));

        assertThat(rows).extracting(row -> row instanceof AgendaDays.FreeDays free ? free.text()
                : row instanceof AgendaDays.GroupStart start ? start.group().label()
                        : ((AgendaDays.BookedDay) row).day().date().toString())
                .containsExactly("Today", "Nothing booked today", "Upcoming", "No bookings Sat 28 \u2013 Sun 29 Nov", "2026-11-30",
                        "No bookings Tue 1 \u2013 Fri 4 Dec", "Past", "No bookings Fri 20 \u2013 Thu 26 Nov");
    }

    @Test
    void aSingleFreeDayNamesItsDayAndMonth() {
        assertThat(new AgendaDays.FreeDays(AgendaDays.Group.UPCOMING, TODAY, TODAY).text()).isEqualTo("No bookings Fri 27 Nov");
    }

    @Test
    void theNextJobIsTheFirstNeitherOverNorFinished() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        AgendaEntry over = entry("Over", now.minusSeconds(7200));
        AgendaEntry finishedEarly = new AgendaEntry("b-done", "Done", now.minusSeconds(600), now.plusSeconds(600), "Completed",
                FieldServiceStatus.COMPLETED, null, null, null, null);
        AgendaEntry running = entry("Running", now.minusSeconds(600));
        AgendaEntry later = entry("Later", now.plusSeconds(3600));

        assertThat(AgendaDays.next(List.of(over, finishedEarly, running, later), now)).contains(running);
        assertThat(AgendaDays.next(List.of(over), now)).isEmpty();
    }

    private static AgendaEntry entry(String name, Instant start) {
        return new AgendaEntry("b-" + start, name, start, start.plusSeconds(3600), null, null, null, null, null, null);
    }
}
