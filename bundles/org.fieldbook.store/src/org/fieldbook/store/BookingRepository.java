package org.fieldbook.store;

import java.time.Instant;
import java.util.List;

import org.fieldbook.model.Booking;

/** Reads and writes bookable resource bookings in the local store. */
public interface BookingRepository {

    /**
     * @param from inclusive lower bound of the booking start
     * @param to exclusive upper bound of the booking start
     * @return the bookings starting in [from, to), earliest first
     */
    List<Booking> findStartingBetween(Instant from, Instant to);

    /** Inserts the booking, or replaces the stored row with the same id. */
    void save(Booking booking);
}
