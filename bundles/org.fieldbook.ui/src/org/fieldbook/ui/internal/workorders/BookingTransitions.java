package org.fieldbook.ui.internal.workorders;

import static org.fieldbook.model.FieldServiceStatus.CANCELED;
import static org.fieldbook.model.FieldServiceStatus.COMPLETED;
import static org.fieldbook.model.FieldServiceStatus.IN_PROGRESS;
import static org.fieldbook.model.FieldServiceStatus.ON_BREAK;
import static org.fieldbook.model.FieldServiceStatus.SCHEDULED;
import static org.fieldbook.model.FieldServiceStatus.TRAVELING;

import java.util.Map;
import java.util.Set;

import org.fieldbook.model.FieldServiceStatus;

/**
 * The booking status changes the back office accepts from a technician: forward through the visit,
 * breaks in and out of the work, and cancelling anything not yet completed. Completed and canceled are
 * final. A booking without a status counts as scheduled.
 */
final class BookingTransitions {

    private static final Map<FieldServiceStatus, Set<FieldServiceStatus>> NEXT = Map.of(
            SCHEDULED, Set.of(TRAVELING, IN_PROGRESS, CANCELED),
            TRAVELING, Set.of(IN_PROGRESS, ON_BREAK, CANCELED),
            IN_PROGRESS, Set.of(ON_BREAK, COMPLETED, CANCELED),
            ON_BREAK, Set.of(IN_PROGRESS, CANCELED),
            COMPLETED, Set.of(),
            CANCELED, Set.of());

    private BookingTransitions() {
    }

    /** @return the statuses a booking in {@code from} may move to */
    static Set<FieldServiceStatus> next(FieldServiceStatus from) {
        return NEXT.get(from == null ? SCHEDULED : from);
    }

    static boolean allowed(FieldServiceStatus from, FieldServiceStatus to) {
        return next(from).contains(to);
    }
}
