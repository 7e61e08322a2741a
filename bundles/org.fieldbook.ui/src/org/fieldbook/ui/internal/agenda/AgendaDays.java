package org.fieldbook.ui.internal.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.store.AgendaEntry;

/**
 * The agenda's days in the order a technician reads them: today first, then the upcoming days, then the
 * past ones (most recent first), every day of the booking window, empty ones too — so a day off says so.
 */
final class AgendaDays {

    /** The part of the window a day belongs to. */
    enum Group {
        TODAY("Today"), UPCOMING("Upcoming"), PAST("Past");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One day of the window with its bookings, by start time. */
    record Day(Group group, LocalDate date, List<AgendaEntry> bookings) {
    }

    private AgendaDays() {
    }

    /** @param windowDays how many days either side of today the window holds */
    static List<Day> of(List<AgendaEntry> bookings, LocalDate today, ZoneId zone, int windowDays) {
        List<Day> days = new ArrayList<>();
        days.add(day(Group.TODAY, today, bookings, zone));
        for (int ahead = 1; ahead <= windowDays; ahead++) {
            days.add(day(Group.UPCOMING, today.plusDays(ahead), bookings, zone));
        }
        for (int back = 1; back <= windowDays; back++) {
            days.add(day(Group.PAST, today.minusDays(back), bookings, zone));
        }
        return days;
    }

    private static Day day(Group group, LocalDate date, List<AgendaEntry> bookings, ZoneId zone) {
        return new Day(group, date, bookings.stream().filter(booking -> booking.start().atZone(zone).toLocalDate().equals(date))
                .toList());
    }

    /**
     * @return what the agenda says about a booking after its time: name, status, work order, account, address,
     *         each once (bookings are often named after their work order and account)
     */
    static String details(AgendaEntry booking) {
        List<String> parts = new ArrayList<>();
        String name = booking.name() == null ? "(unnamed booking)" : booking.name();
        parts.add(name);
        for (String part : new String[] { booking.statusName(), booking.workOrderNumber(), booking.accountName(),
                booking.address() }) {
            if (part != null && !part.isBlank() && !name.contains(part)) {
                parts.add(part);
            }
        }
        return String.join(" \u00b7 ", parts);
    }
}
