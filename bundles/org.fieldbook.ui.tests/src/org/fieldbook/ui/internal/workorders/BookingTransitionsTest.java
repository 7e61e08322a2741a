package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.model.FieldServiceStatus.CANCELED;
import static org.fieldbook.model.FieldServiceStatus.COMPLETED;
import static org.fieldbook.model.FieldServiceStatus.IN_PROGRESS;
import static org.fieldbook.model.FieldServiceStatus.ON_BREAK;
import static org.fieldbook.model.FieldServiceStatus.SCHEDULED;
import static org.fieldbook.model.FieldServiceStatus.TRAVELING;

import org.fieldbook.model.FieldServiceStatus;
import org.junit.jupiter.api.Test;

/** The booking status changes a technician may make, as the back office allows them. */
class BookingTransitionsTest {

    @Test
    void aVisitMovesForwardFromScheduledThroughTravelingAndInProgressToCompleted() {
        assertThat(BookingTransitions.allowed(SCHEDULED, TRAVELING)).isTrue();
        assertThat(BookingTransitions.allowed(TRAVELING, IN_PROGRESS)).isTrue();
        assertThat(BookingTransitions.allowed(IN_PROGRESS, COMPLETED)).isTrue();
    }

    @Test
    void breaksGoInAndOutOfTheWork() {
        assertThat(BookingTransitions.allowed(IN_PROGRESS, ON_BREAK)).isTrue();
        assertThat(BookingTransitions.allowed(ON_BREAK, IN_PROGRESS)).isTrue();
        assertThat(BookingTransitions.allowed(ON_BREAK, COMPLETED)).isFalse();
    }

    @Test
    void anythingButCompletedCanBeCanceled() {
        for (FieldServiceStatus from : FieldServiceStatus.VALUES) {
            assertThat(BookingTransitions.allowed(from, CANCELED)).as(from.getLiteral())
                    .isEqualTo(from != COMPLETED && from != CANCELED);
        }
    }

    @Test
    void completedAndCanceledAreFinalAndNothingSkipsBackwards() {
        assertThat(BookingTransitions.next(COMPLETED)).isEmpty();
        assertThat(BookingTransitions.next(CANCELED)).isEmpty();
        assertThat(BookingTransitions.allowed(SCHEDULED, COMPLETED)).isFalse();
        assertThat(BookingTransitions.allowed(IN_PROGRESS, SCHEDULED)).isFalse();
        assertThat(BookingTransitions.allowed(TRAVELING, SCHEDULED)).isFalse();
    }

    @Test
    void aBookingWithoutStatusCountsAsScheduled() {
        assertThat(BookingTransitions.next(null)).isEqualTo(BookingTransitions.next(SCHEDULED));
    }
}
