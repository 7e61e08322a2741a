package org.fieldbook.ui.internal.workorders;

import java.time.Clock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.NoteFileFetcher;
import org.fieldbook.sync.SyncService;
import org.fieldbook.ui.UriLauncher;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.SyncSettled;
import org.fieldbook.ui.internal.widgets.UiFonts;
import org.fieldbook.ui.internal.widgets.UiThread;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One work order as the technician works through it: header, the booking's status flow and its times, tasks,
 * products and services used, time entries, the office's instructions and the technician's summary. Changes are
 * saved locally at once (see {@link LocalEditor}); typed text a moment after the last keystroke, and it makes
 * the part dirty till then. Undo takes back the latest change with another local edit. The work order to show arrives as
 * {@link #WORK_ORDER_ID} in the part's context.
 */
public final class WorkOrderFormPart {

    public static final String PART_ID = "org.fieldbook.ui.part.workorder";
    /** Context key of the key of the work order to show. */
    public static final String WORK_ORDER_ID = "org.fieldbook.ui.workorder.id";
    static final String CHOOSE_MESSAGE = "Choose a work order in the list or the agenda.";
    static final String LOADING_MESSAGE = "Opening the work order\u2026";
    static final String UNDO = "Undo";
    static final String ID_MESSAGE = "workorder.message";

    private final LocalStore store;
    private final MDirtyable dirty;
    private Clock clock = Clock.systemDefaultZone();
    private final StepGuard stepGuard = new StepGuard(() -> clock);
    private final SyncService sync;
    private final UriLauncher launcher;
    private final SyncListener reloadOnSync = new SyncSettled(this::synced);
    /** The header and Undo: above the scrolled sections, so they stay in view while the form scrolls. */
    private Composite top;
    private ScrolledComposite scroller;
    private Composite form;
    private String workOrderId;
    private LocalEditor editor;
    private NotesSection notes;
    private Button undo;
    private NoteFileFetcher fetcher;

    /** @param sync when present, a finished sync shows what it changed in the open work order */
    @Inject
    public WorkOrderFormPart(LocalStore store, MDirtyable dirty, @Optional SyncService sync,
            @Optional UriLauncher launcher) {
        this.store = store;
        this.launcher = launcher;
        this.dirty = dirty;
        this.sync = sync;
    }

    /** The service fetching a note's file the sync left on the office, when the sync bundle runs. */
    @Inject
    public void fetcher(@Optional NoteFileFetcher contextFetcher) {
        fetcher = contextFetcher;
    }

    /** The clock the status flow's times come from (the context's, e.g. a test's; else the system's). */
    @Inject
    public void clock(@Optional Clock contextClock) {
        clock = contextClock == null ? Clock.systemDefaultZone() : contextClock;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        form = new Composite(scroller, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        scroller.setContent(form);
        scroller.addListener(SWT.Resize, event -> fitHeight());
        message(workOrderId == null ? CHOOSE_MESSAGE : LOADING_MESSAGE);
        if (workOrderId != null) {
            load();
        }
        if (sync != null) {
            sync.addListener(reloadOnSync);
        }
    }

    @PreDestroy
    public void dispose() {
        if (sync != null) {
            sync.removeListener(reloadOnSync);
        }
    }

    /** Shows the work order named in the context; e4 calls this again whenever the key changes. */
    @Inject
    public void open(@Optional @Named(WORK_ORDER_ID) String id) {
        if (id == null || id.equals(workOrderId)) {
            return;
        }
        save();
        workOrderId = id;
        editor = null;
        if (form != null) {
            load();
        }
    }

    @Persist
    public void save() {
        if (notes != null) {
            notes.save();
        }
    }

    @Focus
    public void setFocus() {
        form.setFocus();
    }

    /**
     * After a sync the open work order may hold the office's values (a download, or a conflict the server won),
     * so it is read again, unless the technician is typing. Undo starts afresh: taking back an earlier change
     * now could write over what the office changed since.
     */
    private void synced() {
        UiThread.later(form, this::reloadUntouched);
    }

    private void reloadUntouched() {
        if (workOrderId != null && !dirty.isDirty()) {
            editor = null;
            load();
        }
    }

    private void load() {
        String id = workOrderId;
        Job job = Job.create("Opening work order", monitor -> {
            try {
                var data = WorkOrderFormData.read(store, id);
                UiThread.later(form, () -> {
                    if (id.equals(workOrderId)) {
                        data.ifPresentOrElse(this::show, () -> message("This work order is no longer on this device."));
                    }
                });
            } catch (RuntimeException e) {
                ILog.of(WorkOrderFormPart.class).error("Cannot read work order " + id, e);
                UiThread.later(form, () -> message("Cannot read the work order: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(WorkOrderFormData data) {
        clear();
        if (editor == null) {
            editor = new LocalEditor(store, form, this::historyChanged);
        }
        Composite header = new Composite(top, SWT.NONE);
        header.setLayout(new GridLayout(1, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        HeaderSection.create(header, data.details().workOrder());
        undoBar();
        BookingSection.create(form, data, editor, () -> clock, stepGuard, this::load);
        VisitSection.create(form, data.details().workOrder(), launcher);
        AssetSection.create(form, data, clock.getZone());
        TasksSection.create(form, data.details().tasks(), editor);
        LinesSection.create(form, LineKind.PRODUCTS, data, data.details().products(), editor);
        LinesSection.create(form, LineKind.SERVICES, data, data.details().services(), editor);
        TimeEntriesSection.create(form, data.details().timeEntries(), editor, clock.getZone());
        notes = new NotesSection(form, data.details().workOrder(), editor, dirty);
        NotesPhotosSection.create(form, data.details(), store, () -> clock, this::relayout, () -> fetcher);
        dirty.setDirty(false);
        relayout();
    }

    private void undoBar() {
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        bar.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        FieldMessage refused = new FieldMessage(bar, ID_MESSAGE + ".undo", 1);
        undo = WidgetIds.name(FormWidgets.button(bar, UNDO, null, () -> {
            save();
            editor.undo(refused, this::load);
        }), "workorder.undo");
        refused.moveToEnd();
        historyChanged();
    }

    /** A sync that settles while a step is stored starts undo afresh (no editor until the reload shows one). */
    private void historyChanged() {
        if (editor != null && undo != null && !undo.isDisposed()) {
            undo.setEnabled(editor.canUndo());
            undo.setToolTipText(editor.canUndo() ? "Undo " + editor.undoLabel() : "Nothing to undo");
        }
    }

    private void message(String text) {
        clear();
        Label label = WidgetIds.name(UiFonts.body(new Label(form, SWT.WRAP)), ID_MESSAGE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        relayout();
    }

    private void clear() {
        notes = null;
        for (Control child : form.getChildren()) {
            child.dispose();
        }
        for (Control child : top.getChildren()) {
            child.dispose();
        }
        undo = null;
    }

    private void relayout() {
        top.getParent().layout(true, true);
        form.layout(true, true);
        fitHeight();
    }

    /**
     * Scrolls as far as the form is tall at the width it is shown at: its wrapping texts (notes, messages) take more
     * lines when narrower, so a height measured unwrapped would leave the last notes out of reach.
     */
    private void fitHeight() {
        int width = scroller.getClientArea().width;
        // measured afresh: sizes kept from the last layout leave out rows added since (the notes' list)
        scroller.setMinHeight(form.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT, true).y);
    }
}
