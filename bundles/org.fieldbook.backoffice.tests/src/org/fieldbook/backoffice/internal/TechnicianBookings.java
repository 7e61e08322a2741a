package org.fieldbook.backoffice.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Record;
import org.fieldbook.model.WorkOrder;

/** The demo bookings of one technician, and what they reach through them, for tests of row-level access. */
final class TechnicianBookings {

    private TechnicianBookings() {
    }

    /** @param technician the technician's index: 0 is {@code tech1} */
    static List<Booking> of(DemoData demo, int technician) {
        String userId = demo.technicianUserIds().get(technician);
        return demo.<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .filter(booking -> userId.equals(booking.getResource().getUserId())).toList();
    }

    /** @return the keys of the rows the technician reaches through {@code lookup} of their booked work orders */
    static Set<String> reached(DemoData demo, int technician, Function<WorkOrder, ? extends Record> lookup) {
        return of(demo, technician).stream().map(booking -> lookup.apply(booking.getWorkOrder())).filter(Objects::nonNull)
                .map(Record::getId).collect(Collectors.toSet());
    }

    /** @return the key of a row that {@code technician} reaches through {@code lookup} and {@code other} does not */
    static String reachedOnlyBy(DemoData demo, int technician, int other, Function<WorkOrder, ? extends Record> lookup) {
        Set<String> others = reached(demo, other, lookup);
        return reached(demo, technician, lookup).stream().filter(id -> !others.contains(id)).sorted().findFirst().orElseThrow();
    }

    /** @return the keys of the work orders of the technician's bookings */
    static Set<String> workOrders(DemoData demo, int technician) {
        return reached(demo, technician, workOrder -> workOrder);
    }
}
