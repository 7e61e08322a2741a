package org.fieldbook.ui.internal.workorders;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldServiceStatus;

/** The times a booking's status flow recorded, in one line: arrival, minutes travelled and on break, the actual end. */
final class BookingTimes {

    static final String NONE = "No times recorded yet";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private BookingTimes() {
    }

    static String text(Booking booking, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (booking.getActualArrivalTime() != null) {
            parts.add("Arrived " + time(booking.getActualArrivalTime(), zone));
        }
        if (booking.getActualTravelDuration() > 0) {
            parts.add("travel " + booking.getActualTravelDuration() + " min");
        }
        if (booking.getTotalBreakDuration() > 0) {
            parts.add("breaks " + booking.getTotalBreakDuration() + " min");
        }
        if (booking.getStatus() != null && booking.getStatus().getFieldServiceStatus() == FieldServiceStatus.COMPLETED) {
            parts.add("completed " + time(booking.getEndTime(), zone));
        }
        return parts.isEmpty() ? NONE : String.join(" \u00b7 ", parts);
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "\u2014" : instant.atZone(zone).format(CLOCK);
    }
}
