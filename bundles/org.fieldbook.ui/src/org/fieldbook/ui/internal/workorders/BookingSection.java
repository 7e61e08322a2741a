package org.fieldbook.ui.internal.workorders;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.ConfirmDialog;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/** Each booking's time and its status, which offers only the changes {@link BookingTransitions} allows. */
final class BookingSection {

    static final String STATUS_LABEL = "Booking status";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final List<BookingStatus> statuses;
    private final LocalEditor editor;

    private BookingSection(List<BookingStatus> statuses, LocalEditor editor) {
        this.statuses = statuses;
        this.editor = editor;
    }

    static void create(Composite form, WorkOrderFormData data, LocalEditor editor, ZoneId zone) {
        if (data.details().bookings().isEmpty()) {
            return;
        }
        Composite section = FormWidgets.section(form, "Booking", 3);
        BookingSection bookings = new BookingSection(data.statuses(), editor);
        data.details().bookings().forEach(booking -> bookings.row(section, booking, zone));
    }

    /** @return the combo's entries: the current status first, then those it may change to */
    static List<BookingStatus> choices(BookingStatus current, List<BookingStatus> statuses) {
        FieldServiceStatus from = current == null ? null : current.getFieldServiceStatus();
        List<BookingStatus> choices = new ArrayList<>();
        choices.add(current);
        statuses.stream().filter(status -> BookingTransitions.allowed(from, status.getFieldServiceStatus())).forEach(choices::add);
        return choices;
    }

    private void row(Composite section, Booking booking, ZoneId zone) {
        String when = booking.getStartTime() == null ? "Not planned" : booking.getStartTime().atZone(zone).format(WHEN)
                + (booking.getEndTime() == null ? "" : "\u2013" + booking.getEndTime().atZone(zone).format(UNTIL));
        FormWidgets.label(section, when);
        FormWidgets.label(section, STATUS_LABEL);
        Combo combo = WidgetIds.name(UiFonts.body(new Combo(section, SWT.READ_ONLY)), "booking." + booking.getId() + ".status");
        TouchSize.grid(combo, false);
        FieldMessage message = new FieldMessage(section, "booking." + booking.getId() + ".message", 3);
        fill(combo, booking);
        combo.addListener(SWT.Selection, event -> choose(combo, booking, message));
    }

    private void fill(Combo combo, Booking booking) {
        List<BookingStatus> choices = choices(booking.getStatus(), statuses);
        combo.setItems(choices.stream().map(BookingSection::name).toArray(String[]::new));
        combo.setData(choices);
        combo.select(0);
        combo.setEnabled(choices.size() > 1);
        combo.requestLayout();
    }

    @SuppressWarnings("unchecked")
    private void choose(Combo combo, Booking booking, FieldMessage message) {
        int index = combo.getSelectionIndex();
        if (index <= 0) {
            return;
        }
        BookingStatus chosen = ((List<BookingStatus>) combo.getData()).get(index);
        if (isFinal(chosen) && !confirmed(combo, chosen)) {
            combo.select(0);
            return;
        }
        editor.set(booking, FieldbookPackage.Literals.BOOKING__STATUS, chosen, message, () -> fill(combo, booking));
    }

    /** Cancelled and completed bookings change no more: the technician confirms these two. */
    private static boolean isFinal(BookingStatus status) {
        FieldServiceStatus to = status.getFieldServiceStatus();
        return to == FieldServiceStatus.CANCELED || to == FieldServiceStatus.COMPLETED;
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
