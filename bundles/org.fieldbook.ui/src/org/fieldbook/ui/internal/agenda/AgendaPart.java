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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.model.IncidentType;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.PartMessage;
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
    static final String ID_NEXT = "agenda.next";
    static final String ID_FREE_DAYS = "agenda.free";
    /** Logged when the agenda is first on screen: the start-up benchmark and support logs time it. */
    public static final String SHOWN_MESSAGE = "Agenda shown";

    /** The booking window: seven days either side of today. */
    private static final int WINDOW_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM");

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
        scroller.setExpandVertical(true);
        list = WidgetIds.name(new Composite(scroller, SWT.NONE), ID_LIST);
        list.setLayout(new GridLayout(1, false));
        scroller.setContent(list);
        scroller.addListener(SWT.Resize, event -> fit());
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
            AgendaEntry next = AgendaDays.next(bookings, clock.instant()).orElse(null);
            String incidentType = next == null ? null : incidentType(next);
            showLater(() -> show(bookings, next, incidentType, zone));
        } catch (RuntimeException e) {
            ILog.of(AgendaPart.class).error("Cannot read the agenda", e);
            showLater(() -> message.setText("Cannot read your agenda: " + e.getMessage()));
        }
        return Status.OK_STATUS;
    }

    /** @return the incident type of the booking's work order, when the device holds both */
    private String incidentType(AgendaEntry booking) {
        return booking.workOrderId() == null ? null
                : store.workOrders().details(booking.workOrderId()).map(details -> details.workOrder().getPrimaryIncidentType())
                        .map(IncidentType::getName).orElse(null);
    }

    /** @return how many jobs today and after, in words without jargon */
    static String summary(int today, int upcoming) {
        String jobsToday = switch (today) {
        case 0 -> "No jobs today";
        case 1 -> "1 job today";
        default -> today + " jobs today";
        };
        return jobsToday + " \u00b7 " + (upcoming == 0 ? "nothing booked in the next " + WINDOW_DAYS + " days"
                : upcoming + " more in the next " + WINDOW_DAYS + " days");
    }

    private void showLater(Runnable update) {
        UiThread.later(list, update);
    }

    /** @param next the job the technician goes to next, or null */
    private void show(List<AgendaEntry> bookings, AgendaEntry next, String incidentType, ZoneId zone) {
        for (Control old : list.getChildren()) {
            old.dispose();
        }
        List<AgendaDays.Day> days = AgendaDays.of(bookings, LocalDate.now(clock), zone, WINDOW_DAYS);
        message.setText(bookings.isEmpty() ? EMPTY_MESSAGE : summary(count(days, AgendaDays.Group.TODAY), count(days, AgendaDays.Group.UPCOMING)));
        if (next != null) {
            heading("Next job", groupFont);
            AgendaCard.next(list, next, when(next, zone), incidentType, opener);
        }
        for (AgendaDays.Row row : AgendaDays.rows(days)) {
            switch (row) {
            case AgendaDays.GroupStart start -> heading(start.group().label(), groupFont);
            case AgendaDays.FreeDays free -> WidgetIds.name(UiFonts.body(heading(free.text(), null)), ID_FREE_DAYS);
            case AgendaDays.BookedDay booked -> bookedDay(booked.day(), zone);
            }
        }
        fit();
        if (!shown) {
            shown = true;
            ILog.of(AgendaPart.class).info(SHOWN_MESSAGE + " with " + bookings.size() + " bookings");
        }
    }

    /**
     * The list is always as wide as the view (no minimum width), and as tall as its cards are when their text wraps
     * at that width; so a narrower agenda wraps the cards again instead of pushing their buttons out of view.
     */
    private void fit() {
        int width = scroller.getClientArea().width;
        scroller.setMinHeight(list.computeSize(width, SWT.DEFAULT, true).y);
        list.layout(true, true);
    }

    private void bookedDay(AgendaDays.Day day, ZoneId zone) {
        boolean today = day.group() == AgendaDays.Group.TODAY;
        if (!today) {
            UiFonts.body(heading(day.date().format(DAY), null));
        }
        day.bookings().forEach(booking -> AgendaCard.create(list, booking, zone, today, opener));
    }

    private String when(AgendaEntry booking, ZoneId zone) {
        LocalDate day = booking.start().atZone(zone).toLocalDate();
        String time = AgendaCard.time(booking, zone);
        return day.equals(LocalDate.now(clock)) ? time : day.format(SHORT_DAY) + " " + time;
    }

    private static int count(List<AgendaDays.Day> days, AgendaDays.Group group) {
        return days.stream().filter(day -> day.group() == group).mapToInt(day -> day.bookings().size()).sum();
    }

    private Label heading(String text, Font font) {
        Label heading = new Label(list, SWT.NONE);
        heading.setText(text);
        if (font != null) {
            heading.setFont(font);
        }
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return heading;
    }
}
