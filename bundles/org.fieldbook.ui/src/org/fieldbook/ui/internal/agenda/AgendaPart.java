package org.fieldbook.ui.internal.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.PartMessage;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;
import org.fieldbook.ui.internal.widgets.UiThread;
import org.fieldbook.ui.internal.workorders.WorkOrderOpener;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The technician's agenda: the bookings of the synced window, read from the local store in a job so
 * the UI thread never waits on Derby.
 */
public final class AgendaPart {

    private static final long RELOAD_DELAY_MILLIS = 500;
    static final String EMPTY_MESSAGE = "No bookings yet. Press Sync to download your schedule.";
    static final String LOADING_MESSAGE = "Loading your agenda\u2026";
    static final String ID_MESSAGE = "agenda.message";
    static final String ID_LIST = "agenda.list";
    /** Logged when the agenda is first on screen: the start-up benchmark and support logs time it. */
    public static final String SHOWN_MESSAGE = "Agenda shown";

    /** The booking window: seven days either side of today. */
    private static final int WINDOW_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LocalStore store;
    private final Clock clock;
    private final WorkOrderOpener opener;
    private final SyncService sync;
    private final SyncListener reloadOnSync = status -> loader().schedule(RELOAD_DELAY_MILLIS);
    /** A status changed on the work order form shows here at once, not at the next sync. */
    private final Runnable reloadOnEdit = () -> loader().schedule();
    private ScrolledComposite scroller;
    private Font groupFont;
    private Composite list;
    private Label message;
    private Job loader;
    private boolean shown;

    /** @param sync when present, the agenda reloads as a sync brings tables in: today's bookings show first */
    @Inject
    public AgendaPart(LocalStore store, @Optional Clock clock, @Optional WorkOrderOpener opener, @Optional SyncService sync) {
        this.store = store;
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
        this.opener = opener;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText("Today \u00b7 " + LocalDate.now(clock).format(DAY));
        groupFont = UiFonts.title(title);
        title.setFont(groupFont);
        message = PartMessage.create(parent, ID_MESSAGE, LOADING_MESSAGE);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        list = WidgetIds.name(new Composite(scroller, SWT.NONE), ID_LIST);
        list.setLayout(new GridLayout(3, false));
        scroller.setContent(list);
        loader().schedule();
        store.outbox().addEditListener(reloadOnEdit);
        if (sync != null) {
            sync.addListener(reloadOnSync);
        }
    }

    @PreDestroy
    public void dispose() {
        store.outbox().removeEditListener(reloadOnEdit);
        if (sync != null) {
            sync.removeListener(reloadOnSync);
        }
    }

    @Focus
    public void setFocus() {
        list.setFocus();
    }

    /** One job for every load: scheduling it again while it waits only moves it, so sync bursts reload once. */
    private synchronized Job loader() {
        if (loader == null) {
            loader = Job.create("Loading agenda", (IJobFunction) monitor -> load());
            loader.setSystem(true);
        }
        return loader;
    }

    private IStatus load() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        try {
            List<AgendaEntry> bookings = store.bookings().agenda(today.minusDays(WINDOW_DAYS).atStartOfDay(zone).toInstant(),
                    today.plusDays(WINDOW_DAYS + 1L).atStartOfDay(zone).toInstant());
            showLater(() -> show(bookings, zone));
        } catch (RuntimeException e) {
            ILog.of(AgendaPart.class).error("Cannot read the agenda", e);
            showLater(() -> message.setText("Cannot read your agenda: " + e.getMessage()));
        }
        return Status.OK_STATUS;
    }

    static String summary(int bookings) {
        return switch (bookings) {
        case 0 -> EMPTY_MESSAGE;
        case 1 -> "1 booking in your window";
        default -> bookings + " bookings in your window";
        };
    }

    private void showLater(Runnable update) {
        UiThread.later(list, update);
    }

    private void show(List<AgendaEntry> bookings, ZoneId zone) {
        for (Control old : list.getChildren()) {
            old.dispose();
        }
        message.setText(summary(bookings.size()));
        AgendaDays.Group group = null;
        for (AgendaDays.Day day : AgendaDays.of(bookings, LocalDate.now(clock), zone, WINDOW_DAYS)) {
            if (day.group() != group) {
                group = day.group();
                heading(group.label(), groupFont);
            }
            if (group != AgendaDays.Group.TODAY) {
                heading(day.date().format(DAY), null);
            }
            if (day.bookings().isEmpty()) {
                row("", "Nothing booked");
            }
            for (AgendaEntry booking : day.bookings()) {
                row(booking.start().atZone(zone).format(TIME) + "\u2013" + booking.end().atZone(zone).format(TIME),
                        AgendaDays.details(booking));
                openButton(booking);
            }
        }
        list.setSize(list.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
        scroller.setMinSize(list.getSize());
        list.getParent().layout(true, true);
        if (!shown) {
            shown = true;
            ILog.of(AgendaPart.class).info(SHOWN_MESSAGE + " with " + bookings.size() + " bookings");
        }
    }

    private void heading(String text, Font font) {
        Label heading = new Label(list, SWT.NONE);
        heading.setText(text);
        if (font != null) {
            heading.setFont(font);
        }
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    }

    private void row(String time, String details) {
        new Label(list, SWT.NONE).setText(time);
        Label text = new Label(list, SWT.WRAP);
        text.setText(details);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, time.isEmpty() ? 2 : 1, 1));
    }

    /** One tap from a booking to its work order, when the workbench can open one. */
    private void openButton(AgendaEntry booking) {
        Button open = new Button(list, SWT.PUSH);
        open.setText(booking.workOrderNumber() == null ? "Open work order" : "Open " + booking.workOrderNumber());
        open.setEnabled(opener != null && booking.workOrderId() != null);
        open.addListener(SWT.Selection, event -> opener.open(booking.workOrderId()));
        TouchSize.grid(open, false);
    }
}
