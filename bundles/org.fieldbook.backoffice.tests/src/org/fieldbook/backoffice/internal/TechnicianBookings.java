package org.fieldbook.backoffice.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;

/** The demo bookings of one technician, for tests of row-level access. */
final class TechnicianBookings {

    private TechnicianBookings() {
    }

    /** @param technician the technician's index: 0 is {@code tech1} */
    static List<Booking> of(DemoData demo, int technician) {
        String userId = demo.technicianUserIds().get(technician);
        return demo.<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .filter(booking -> userId.equals(booking.getResource().getUserId())).toList();
    }

    /** @return the keys of the work orders of the technician's bookings */
    static Set<String> workOrders(DemoData demo, int technician) {
        return of(demo, technician).stream().map(booking -> booking.getWorkOrder().getId()).collect(Collectors.toSet());
    }
}
