package org.fieldbook.ui.internal.agenda;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;
import org.fieldbook.ui.internal.workorders.WorkOrderOpener;

/**
 * One booking on the agenda: its status as a coloured band with an icon, its time, what and where, and one
 * tap to its work order. Today's cards and the next job use larger type than the other days'.
 */
final class AgendaCard {

    static final String ID_PREFIX = "agenda.card.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** What the texts ask for before the card's grid gives them the width the band and the button leave. */
    private static final int MIN_TEXT_WIDTH = 160;

    private final Composite card;
    private final Composite texts;
    private final boolean large;

    private AgendaCard(Composite list, String id, AgendaEntry booking, boolean large) {
        this.large = large;
        card = WidgetIds.name(new Composite(list, SWT.BORDER), id);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 12;
        layout.marginRight = 8;
        card.setLayout(layout);
        card.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        StatusBand.create(card, booking.bookingId(), StatusLook.of(booking.fieldServiceStatus()),
                booking.statusName() == null ? "Status not known yet" : booking.statusName());
        texts = new Composite(card, SWT.NONE);
        texts.setLayout(new GridLayout(1, false));
        texts.setLayoutData(shrinking(MIN_TEXT_WIDTH));
    }

    /** A booking in the list of its day. */
    static AgendaCard create(Composite list, AgendaEntry booking, ZoneId zone, boolean large, WorkOrderOpener opener) {
        AgendaCard card = new AgendaCard(list, ID_PREFIX + booking.bookingId(), booking, large);
        card.line(time(booking, zone), true);
        card.line(AgendaDays.details(booking), false);
        card.openButton(booking, opener);
        return card;
    }

    /**
     * The job the technician goes to next, larger than the rest: when, for whom, where, and what the job is.
     *
     * @param when its day and time, e.g. "Fri 4 Dec 09:00–10:30"
     * @param incidentType the work order's incident type, when the device holds it
     */
    static AgendaCard next(Composite list, AgendaEntry booking, String when, String incidentType, WorkOrderOpener opener) {
        AgendaCard card = new AgendaCard(list, AgendaPart.ID_NEXT, booking, true);
        card.line(when, true);
        card.line(booking.accountName() == null ? booking.name() : booking.accountName(), true);
        card.line(booking.address(), false);
        String job = incidentType == null ? booking.workOrderNumber()
                : booking.workOrderNumber() == null ? incidentType : incidentType + " \u00b7 " + booking.workOrderNumber();
        card.line(job, false);
        card.line(booking.statusName(), false);
        card.openButton(booking, opener);
        return card;
    }

    static String time(AgendaEntry booking, ZoneId zone) {
        return booking.start().atZone(zone).format(TIME) + "\u2013" + booking.end().atZone(zone).format(TIME);
    }

    private void line(String text, boolean strong) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label label = new Label(texts, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(shrinking(0));
        if (strong && large) {
            label.setFont(UiFonts.title(label));
        } else if (large || strong) {
            UiFonts.body(label);
        }
    }

    /**
     * Grows into the width the grid gives and asks for no more than {@code width}: a wrapping label or a column of
     * them otherwise asks for one line's width, keeps it when the agenda gets narrower and pushes the button out.
     */
    private static GridData shrinking(int width) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        return data;
    }

    /** One tap from a booking to its work order, when the workbench can open one. */
    private void openButton(AgendaEntry booking, WorkOrderOpener opener) {
        Button open = UiFonts.body(new Button(card, SWT.PUSH));
        open.setText(booking.workOrderNumber() == null ? "Open work order" : "Open " + booking.workOrderNumber());
        open.setEnabled(opener != null && booking.workOrderId() != null);
        open.addListener(SWT.Selection, event -> opener.open(booking.workOrderId()));
        TouchSize.grid(open, false);
        ((GridData) open.getLayoutData()).verticalAlignment = SWT.CENTER;
        ((GridData) open.getLayoutData()).heightHint = Math.max(TouchSize.MIN_HEIGHT * 3 / 2, open.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
    }
}
