package org.fieldbook.ui.internal.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.store.AgendaEntry;

/**
 * The agenda's days in the order a technician reads them: today first, then the upcoming days, then the
 * past ones (most recent first). Days without bookings next to each other read as one line, so they do not
 * push the jobs down.
 */
final class AgendaDays {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d");
    private static final DateTimeFormatter SHORT_DAY_MONTH = DateTimeFormatter.ofPattern("EEE d MMM");

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

    /** What the agenda shows, top to bottom. */
    sealed interface Row {
    }

    /** The heading of a group. */
    record GroupStart(Group group) implements Row {
    }

    /** A day with bookings. */
    record BookedDay(Day day) implements Row {
    }

    /** Days next to each other without bookings, {@code first} before {@code last} in time. */
    record FreeDays(Group group, LocalDate first, LocalDate last) implements Row {

        /** @return e.g. "No bookings Mon 7 – Wed 9", or "Nothing booked today" */
        String text() {
            if (group == Group.TODAY) {
                return "Nothing booked today";
            }
            if (first.equals(last)) {
                return "No bookings " + first.format(SHORT_DAY_MONTH);
            }
            DateTimeFormatter from = first.getMonth() == last.getMonth() ? SHORT_DAY : SHORT_DAY_MONTH;
            return "No bookings " + first.format(from) + " \u2013 " + last.format(SHORT_DAY_MONTH);
        }
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

    /** @return the window's rows: each group's heading, its booked days, and one row per run of free days */
    static List<Row> rows(List<Day> days) {
        List<Row> rows = new ArrayList<>();
        Group group = null;
        FreeDays free = null;
        for (Day day : days) {
            if (day.group() != group) {
                group = day.group();
                rows.add(new GroupStart(group));
                free = null;
            }
            if (!day.bookings().isEmpty()) {
                rows.add(new BookedDay(day));
                free = null;
            } else if (free == null) {
                free = new FreeDays(group, day.date(), day.date());
                rows.add(free);
            } else {
                FreeDays longer = free.first().isBefore(day.date()) ? new FreeDays(group, free.first(), day.date())
                        : new FreeDays(group, day.date(), free.last());
                rows.set(rows.size() - 1, longer);
                free = longer;
            }
        }
        return rows;
    }

    /**
     * @return the booking the technician goes to next: the first not finished or cancelled that has not
     *         ended by {@code now}
     */
    static Optional<AgendaEntry> next(List<AgendaEntry> bookings, Instant now) {
        return bookings.stream()
                .filter(booking -> booking.end() == null || booking.end().isAfter(now))
                .filter(booking -> booking.fieldServiceStatus() != FieldServiceStatus.COMPLETED
                        && booking.fieldServiceStatus() != FieldServiceStatus.CANCELED)
                .findFirst();
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
