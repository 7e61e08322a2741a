package org.fieldbook.ui.internal.workorders;

import static org.fieldbook.model.FieldServiceStatus.COMPLETED;
import static org.fieldbook.model.FieldServiceStatus.IN_PROGRESS;
import static org.fieldbook.model.FieldServiceStatus.ON_BREAK;
import static org.fieldbook.model.FieldServiceStatus.TRAVELING;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.ConfirmDialog;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * Each booking's time, its status flow and the times it recorded. Big buttons offer the next steps of the
 * visit that {@link BookingTransitions} allows (Travel, Arrive or Start work, Pause, Resume work, Complete);
 * the status box also offers the rare ones (cancelling). Each step is one {@link StatusStep}, stored in one
 * transaction; while it is being stored the booking's buttons are off, so a double tap makes one step, and the
 * {@link StepGuard} keeps the next step's buttons from taking a slower second tap. Cancelling and completing ask first.
 */
final class BookingSection {

    static final String STATUS_LABEL = "Booking status";
    /** Finger-sized, also with gloves: above the 48 px that touch guidelines ask for. */
    static final int STEP_HEIGHT = 56;
    private static final int STEP_MIN_WIDTH = 150;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");
    /** Marks a booking's status box while its step is being stored. */
    private static final String BUSY = "fieldbook.step.busy";
    private static final List<FieldServiceStatus> STEPS = List.of(TRAVELING, IN_PROGRESS, ON_BREAK, COMPLETED);

    private final WorkOrderFormData data;
    private final LocalEditor editor;
    private final Supplier<Clock> clock;
    private final StepGuard guard;
    private final Runnable reload;

    private BookingSection(WorkOrderFormData data, LocalEditor editor, Supplier<Clock> clock, StepGuard guard, Runnable reload) {
        this.data = data;
        this.editor = editor;
        this.clock = clock;
        this.guard = guard;
        this.reload = reload;
    }

    /**
     * @param clock the clock of the moment, which a step's times come from
     * @param guard the form's, kept across its reloads: it knows when the last step was stored
     * @param reload shows the work order again as stored, once a step is
     */
    static void create(Composite form, WorkOrderFormData data, LocalEditor editor, Supplier<Clock> clock, StepGuard guard,
            Runnable reload) {
        if (data.details().bookings().isEmpty()) {
            return;
        }
        Composite section = FormWidgets.section(form, "Booking", 3);
        BookingSection bookings = new BookingSection(data, editor, clock, guard, reload);
        data.details().bookings().forEach(booking -> bookings.row(section, booking));
    }

    /** @return the combo's entries: the current status first, then those it may change to */
    static List<BookingStatus> choices(BookingStatus current, List<BookingStatus> statuses) {
        FieldServiceStatus from = current == null ? null : current.getFieldServiceStatus();
        List<BookingStatus> choices = new ArrayList<>();
        choices.add(current);
        statuses.stream().filter(status -> BookingTransitions.allowed(from, status.getFieldServiceStatus())).forEach(choices::add);
        return choices;
    }

    /** @return what the button that moves a booking from {@code from} to {@code to} says */
    static String stepLabel(FieldServiceStatus from, FieldServiceStatus to) {
        return switch (to) {
            case TRAVELING -> "Travel";
            case IN_PROGRESS -> from == TRAVELING ? "Arrive" : from == ON_BREAK ? "Resume work" : "Start work";
            case ON_BREAK -> "Pause";
            case COMPLETED -> "Complete";
            default -> to.getLiteral();
        };
    }

    private void row(Composite section, Booking booking) {
        ZoneId zone = clock.get().getZone();
        String when = booking.getStartTime() == null ? "Not planned" : booking.getStartTime().atZone(zone).format(WHEN)
                + (booking.getEndTime() == null ? "" : "\u2013" + booking.getEndTime().atZone(zone).format(UNTIL));
        FormWidgets.label(section, when);
        FormWidgets.label(section, STATUS_LABEL);
        Combo combo = WidgetIds.name(UiFonts.body(new Combo(section, SWT.READ_ONLY)), "booking." + booking.getId() + ".status");
        TouchSize.grid(combo, false);
        Composite steps = new Composite(section, SWT.NONE);
        steps.setLayout(new GridLayout(STEPS.size(), false));
        steps.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        Label times = WidgetIds.name(FormWidgets.label(section, BookingTimes.text(booking, zone)), "booking." + booking.getId() + ".times");
        times.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        FieldMessage message = new FieldMessage(section, "booking." + booking.getId() + ".message", 3);
        fill(combo, booking);
        combo.addListener(SWT.Selection, event -> choose(combo, steps, booking, message));
        stepButtons(steps, combo, booking, message);
    }

    private void fill(Combo combo, Booking booking) {
        List<BookingStatus> choices = choices(booking.getStatus(), data.statuses());
        combo.setItems(choices.stream().map(BookingSection::name).toArray(String[]::new));
        combo.setData(choices);
        combo.select(0);
        combo.setEnabled(choices.size() > 1);
        combo.requestLayout();
    }

    private void stepButtons(Composite steps, Combo combo, Booking booking, FieldMessage message) {
        FieldServiceStatus from = booking.getStatus() == null ? null : booking.getStatus().getFieldServiceStatus();
        for (FieldServiceStatus to : STEPS) {
            Optional<BookingStatus> status = data.statuses().stream().filter(candidate -> candidate.getFieldServiceStatus() == to).findFirst();
            if (status.isEmpty() || !BookingTransitions.allowed(from, to)) {
                continue;
            }
            Button button = WidgetIds.name(new Button(steps, SWT.PUSH), "booking." + booking.getId() + ".step." + to.getName());
            button.setText(stepLabel(from, to));
            button.setFont(UiFonts.title(button));
            GridData size = new GridData(SWT.FILL, SWT.FILL, false, false);
            size.heightHint = Math.max(STEP_HEIGHT, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
            size.widthHint = Math.max(STEP_MIN_WIDTH, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            button.setLayoutData(size);
            button.addListener(SWT.Selection, event -> {
                if (guard.takesTaps()) {
                    step(combo, steps, booking, status.get(), message);
                }
            });
        }
        ((GridLayout) steps.getLayout()).numColumns = Math.max(1, steps.getChildren().length);
    }

    @SuppressWarnings("unchecked")
    private void choose(Combo combo, Composite steps, Booking booking, FieldMessage message) {
        int index = combo.getSelectionIndex();
        if (index <= 0) {
            return;
        }
        step(combo, steps, booking, ((List<BookingStatus>) combo.getData()).get(index), message);
    }

    /** Takes one step; the booking's controls stay off until it is stored or refused, so a second tap does nothing. */
    private void step(Combo combo, Composite steps, Booking booking, BookingStatus chosen, FieldMessage message) {
        if (combo.getData(BUSY) != null) {
            return; // a tap that came in before the controls went off
        }
        if (StatusStep.isFinal(chosen.getFieldServiceStatus()) && !confirmed(combo, chosen)) {
            combo.select(0);
            return;
        }
        enable(combo, steps, false);
        combo.setData(BUSY, Boolean.TRUE);
        List<Booking> others = data.details().bookings().stream().filter(other -> other != booking).toList();
        List<TimeEntry> entries = data.details().timeEntries().stream()
                .filter(entry -> entry.getBooking() != null && booking.getId().equals(entry.getBooking().getId())).toList();
        StatusStep step = StatusStep.of(booking, others, entries, chosen, clock.get().instant());
        Runnable stored = () -> {
            guard.stepped();
            reload.run();
        };
        editor.together("change booking status to " + name(chosen), step::save, step.undo(), message, stored, () -> {
            if (!combo.isDisposed()) { // refused: the booking is as it was, and can be tried again
                combo.setData(BUSY, null);
                enable(combo, steps, true);
                fill(combo, booking);
            }
        });
    }

    private static void enable(Combo combo, Composite steps, boolean enabled) {
        if (combo.isDisposed()) {
            return;
        }
        combo.setEnabled(enabled);
        for (Control button : steps.getChildren()) {
            button.setEnabled(enabled);
        }
    }

    private static boolean confirmed(Combo combo, BookingStatus chosen) {
        boolean cancel = chosen.getFieldServiceStatus() == FieldServiceStatus.CANCELED;
        String question = cancel ? "Cancel this booking? A cancelled booking cannot be changed again."
                : "Mark this booking as completed? A completed booking cannot be changed again.";
        return ConfirmDialog.ask(combo.getShell(), cancel ? "Cancel booking" : "Complete booking", question,
                cancel ? "Cancel booking" : "Complete booking", cancel ? "Keep booking" : "Not yet");
    }

    private static String name(BookingStatus status) {
        if (status == null) {
            return "No status";
        }
        return status.getName() != null ? status.getName() : status.getFieldServiceStatus().getLiteral();
    }
}
