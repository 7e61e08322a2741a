package org.fieldbook.store;

import java.time.Instant;
import java.util.List;

/** Reads the technician's bookings. */
public interface BookingRepository {

    /**
     * @param from inclusive start of the range
     * @param to exclusive end of the range
     * @return the bookings that start or end in [from, to) or span it, earliest start first, each with its
     *         work order, account and status; a booking longer than 31 days is listed only from its start
     */
    List<AgendaEntry> agenda(Instant from, Instant to);
}
