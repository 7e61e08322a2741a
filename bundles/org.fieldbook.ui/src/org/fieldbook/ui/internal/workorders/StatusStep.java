package org.fieldbook.ui.internal.workorders;

import static org.fieldbook.model.FieldServiceStatus.CANCELED;
import static org.fieldbook.model.FieldServiceStatus.COMPLETED;
import static org.fieldbook.model.FieldServiceStatus.IN_PROGRESS;
import static org.fieldbook.model.FieldServiceStatus.ON_BREAK;
import static org.fieldbook.model.FieldServiceStatus.SCHEDULED;
import static org.fieldbook.model.FieldServiceStatus.TRAVELING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.Record;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.LocalEdits;

/**
 * One step of a booking's status flow, worked out from the records as the form shows them, as Field Service
 * keeps it: the booking's new status with its times (the actual start when the technician sets off or starts,
 * the arrival, travel and break minutes, the actual end on completion), the time entry that was running
 * closed and the next one opened (travel until arrival, work until a pause or the end, the break while
 * paused), and the work order's system status following its bookings (any booking under way: in progress;
 * all done: completed; all cancelled: unscheduled again), with its first arrival and completion. The step is
 * stored as one transaction, and its {@link #undo} takes all of it back.
 */
final class StatusStep {

    private static final Set<FieldServiceStatus> UNDER_WAY = EnumSet.of(TRAVELING, IN_PROGRESS, ON_BREAK);
    private static final Set<WorkOrderSystemStatus> FOLLOWING = EnumSet.of(WorkOrderSystemStatus.UNSCHEDULED,
            WorkOrderSystemStatus.SCHEDULED, WorkOrderSystemStatus.IN_PROGRESS, WorkOrderSystemStatus.COMPLETED);
    private static final Map<FieldServiceStatus, TimeEntryType> SPANS = Map.of(TRAVELING, TimeEntryType.TRAVEL,
            IN_PROGRESS, TimeEntryType.WORK, ON_BREAK, TimeEntryType.ON_BREAK);

    /** A shown record and what the step makes of it. */
    private record Change(Record shown, Record changed) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final List<TimeEntry> created = new ArrayList<>();

    private StatusStep() {
    }

    /**
     * @param booking the booking as shown
     * @param others the work order's other bookings as shown
     * @param entries the booking's time entries as shown
     */
    static StatusStep of(Booking booking, List<Booking> others, List<TimeEntry> entries, BookingStatus to, Instant now) {
        StatusStep step = new StatusStep();
        FieldServiceStatus from = status(booking);
        Booking next = EcoreUtil.copy(booking);
        next.setStatus(to);
        step.times(next, from, to.getFieldServiceStatus(), entries, now);
        step.changes.add(new Change(booking, next));
        WorkOrder workOrder = booking.getWorkOrder();
        if (workOrder != null) {
            step.follow(workOrder, next, others, now);
        }
        return step;
    }

    /** Stores the step: every change based on the record as shown, with its outbox entry. */
    void save(LocalEdits edits) {
        changes.forEach(change -> edits.update(change.shown(), change.changed()));
        created.forEach(edits::create);
    }

    /** @return what takes the stored step back: the shown values again, the new time entry gone */
    Consumer<LocalEdits> undo() {
        return edits -> {
            created.forEach(entry -> edits.delete(entry.eClass(), entry.getId()));
            changes.forEach(change -> edits.update(EcoreUtil.copy(change.changed()), EcoreUtil.copy(change.shown())));
        };
    }

    private void times(Booking next, FieldServiceStatus from, FieldServiceStatus to, List<TimeEntry> entries, Instant now) {
        if (from == SCHEDULED && UNDER_WAY.contains(to)) {
            startNow(next, now);
        }
        if (to == IN_PROGRESS && next.getActualArrivalTime() == null) {
            next.setActualArrivalTime(now);
        }
        for (TimeEntry running : entries.stream().filter(entry -> entry.getEnd() == null).toList()) {
            TimeEntry closed = EcoreUtil.copy(running);
            closed.setEnd(now);
            closed.setDuration(minutes(closed.getStart(), now));
            changes.add(new Change(running, closed));
            if (closed.getType() == TimeEntryType.TRAVEL) {
                next.setActualTravelDuration(next.getActualTravelDuration() + closed.getDuration());
            } else if (closed.getType() == TimeEntryType.ON_BREAK) {
                next.setTotalBreakDuration(next.getTotalBreakDuration() + closed.getDuration());
            }
        }
        if (to == COMPLETED) {
            Instant start = next.getStartTime() == null ? now : next.getStartTime();
            next.setEndTime(now.isBefore(start) ? start : now);
            next.setDuration(minutes(start, next.getEndTime()));
        }
        TimeEntryType span = SPANS.get(to);
        if (span != null) {
            created.add(entry(next, span, now));
        }
    }

    /** Field Service's actual start: the booking moves to now and keeps its length. */
    private static void startNow(Booking next, Instant now) {
        Duration length = next.getStartTime() == null || next.getEndTime() == null ? Duration.ZERO
                : Duration.between(next.getStartTime(), next.getEndTime());
        next.setStartTime(now);
        next.setEndTime(now.plus(length));
    }

    private static TimeEntry entry(Booking booking, TimeEntryType type, Instant now) {
        TimeEntry entry = FieldbookFactory.eINSTANCE.createTimeEntry();
        entry.setType(type);
        entry.setStart(now);
        entry.setBooking(booking);
        entry.setWorkOrder(booking.getWorkOrder());
        entry.setBookableResource(booking.getResource());
        return entry;
    }

    private void follow(WorkOrder workOrder, Booking next, List<Booking> others, Instant now) {
        if (!FOLLOWING.contains(workOrder.getSystemStatus()) && workOrder.getSystemStatus() != null) {
            return; // posted or cancelled work orders are the office's
        }
        List<FieldServiceStatus> statuses = new ArrayList<>(others.stream().map(StatusStep::status).toList());
        statuses.add(status(next));
        WorkOrder changed = EcoreUtil.copy(workOrder);
        changed.setSystemStatus(systemStatus(statuses));
        Instant arrival = next.getActualArrivalTime();
        if (arrival != null && (changed.getFirstArrivedOn() == null || arrival.isBefore(changed.getFirstArrivedOn()))) {
            changed.setFirstArrivedOn(arrival);
        }
        if (changed.getSystemStatus() == WorkOrderSystemStatus.COMPLETED && workOrder.getSystemStatus() != WorkOrderSystemStatus.COMPLETED) {
            changed.setCompletedOn(now);
        }
        changes.add(new Change(workOrder, changed));
    }

    /** Field Service's rule: a visit under way makes the work order in progress; it is completed when no booking is left to do. */
    static WorkOrderSystemStatus systemStatus(List<FieldServiceStatus> bookings) {
        if (bookings.stream().anyMatch(UNDER_WAY::contains)) {
            return WorkOrderSystemStatus.IN_PROGRESS;
        }
        boolean completed = bookings.contains(COMPLETED);
        if (bookings.contains(SCHEDULED)) {
            return completed ? WorkOrderSystemStatus.IN_PROGRESS : WorkOrderSystemStatus.SCHEDULED;
        }
        return completed ? WorkOrderSystemStatus.COMPLETED : WorkOrderSystemStatus.UNSCHEDULED;
    }

    private static FieldServiceStatus status(Booking booking) {
        return booking.getStatus() == null || booking.getStatus().getFieldServiceStatus() == null ? SCHEDULED
                : booking.getStatus().getFieldServiceStatus();
    }

    private static int minutes(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toMinutes());
    }

    static boolean isFinal(FieldServiceStatus status) {
        return status == COMPLETED || status == CANCELED;
    }
}
