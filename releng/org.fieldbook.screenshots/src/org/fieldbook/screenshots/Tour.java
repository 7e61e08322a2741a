package org.fieldbook.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.Phase;

/**
 * Walks the real client through what the README shows, as a technician would, and saves a picture of each
 * screen: the agenda after the first sync; a work order opened from it with a note typed into the
 * technician's summary (a local edit); meanwhile a dispatcher changes the same summary in the back office, so
 * the next sync meets a conflict; then the conflict review, each at full screen and at the tablets' 1280×800; then
 * a photo note and the customer's signature in the form ({@link NotesTour}), which the office must then hold.
 * The tour touches the UI only as a technician could (buttons, text, parts) and the office only through the
 * Web API. When it is done, or fails, it closes the workbench and says so in the log.
 */
final class Tour extends Job {

    static final String DONE = "Screenshot tour done";
    static final String FAILED = "Screenshot tour failed";

    private static final String AGENDA = "org.fieldbook.ui.part.agenda";
    private static final String FORM = "org.fieldbook.ui.part.workorder";
    private static final String CONFLICTS = "org.fieldbook.ui.part.conflicts";
    /** The form's context key of the work order it shows (WorkOrderFormPart.WORK_ORDER_ID). */
    private static final String WORK_ORDER_ID = "org.fieldbook.ui.workorder.id";
    private static final String OFFICE_NOTE = "Customer called: use the rear gate, code 4711.";
    private static final String TECHNICIAN_NOTE = "Replaced the worn pump seal; pressure test passed.";
    /** The first sync of a fresh device downloads the demo technician's window. */
    private static final Duration SYNC = Duration.ofMinutes(2);
    private static final Duration UI = Duration.ofSeconds(30);
    private static final int POLL_MILLIS = 100;
    private static final int ATTEMPTS = 3;
    private static final Rectangle TABLET = new Rectangle(0, 0, 1280, 800);

    private final MApplication application;
    private final Path directory;
    private final OfficeApi office;

    Tour(MApplication application, Path directory, OfficeApi office) {
        super("Screenshot tour");
        this.application = application;
        this.directory = directory;
        this.office = office;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        MWindow window = application.getChildren().get(0);
        Screen screen = null;
        try {
            Files.createDirectories(directory);
            Shell shell = rendered(window);
            screen = new Screen(shell.getDisplay());
            walk(screen, window, shell);
            ILog.of(Tour.class).info(DONE + ": pictures in " + directory);
        } catch (Exception e) {
            ILog.of(Tour.class).error(FAILED, e);
        } finally {
            if (screen != null) {
                screen.act(() -> application.getContext().get(IWorkbench.class).close());
            }
        }
        return Status.OK_STATUS;
    }

    /** @return the main window's shell, once the workbench rendered it; until then there is no UI thread to ask */
    private static Shell rendered(MWindow window) throws InterruptedException {
        for (int tries = 0; tries < UI.toMillis() / POLL_MILLIS; tries++) {
            if (window.getWidget() instanceof Shell shell) {
                return shell;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("The main window did not appear");
    }

    private void walk(Screen screen, MWindow window, Shell shell) throws Exception {
        screen.waitFor("the main window", UI, () -> Optional.of(shell).filter(Shell::isVisible));
        // The tablets run the client full screen; Xvfb has no window manager to maximize it.
        Rectangle full = screen.ask(() -> shell.getDisplay().getPrimaryMonitor().getBounds());
        screen.act(() -> fill(shell, full));

        SyncService sync = application.getContext().get(SyncService.class);
        waitForSync(screen, sync, "the first sync", status -> status.lastSuccess() != null && status.phase() == Phase.IDLE);
        EPartService parts = window.getContext().get(EPartService.class);
        Composite agenda = partControl(screen, parts, AGENDA);
        // The agenda redraws its rows after each sync, so a button is found and tapped in one go.
        Predicate<Button> bookingButton = button -> button.getText().startsWith("Open ") && button.isEnabled();
        screen.waitFor("a booking in the agenda", UI, () -> Screen.find(agenda, Button.class, bookingButton));
        picture(screen, shell, full, "agenda", () -> { /* as it is */ });
        screen.waitFor("a booking to tap", UI, () -> Screen.find(agenda, Button.class, bookingButton)
                .map(button -> {
                    button.notifyListeners(SWT.Selection, new Event());
                    return button.getText();
                }));
        Composite form = partControl(screen, parts, FORM);
        Text summary = screen.waitFor("the technician's summary", UI, () -> Screen.withId(form, Text.class, "workorder.summary"));
        String workOrderId = screen.ask(() -> (String) parts.findPart(FORM).getContext().get(WORK_ORDER_ID));
        typeNoteAfterTheOffice(screen, sync, workOrderId, summary);
        // Typing makes the form dirty until the store took the note (with its outbox entry); then it can be undone.
        screen.waitFor("the note saved on the device", UI, () -> Optional.of(parts.findPart(FORM)).filter(part -> !part.isDirty())
                .flatMap(part -> Screen.withId(form, Button.class, "workorder.undo")).filter(Button::isEnabled));
        // Scrolled down to the note, as the technician left it, at each size. A sync between the two pictures may
        // show the form again with new widgets, so the summary is looked up each time.
        picture(screen, shell, full, "work-order", () -> Screen.withId(form, Text.class, "workorder.summary").ifPresent(shown -> {
            for (Composite parent = shown.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrolledComposite scroller) {
                    scroller.showControl(shown);
                    break;
                }
            }
        }));
        // The client syncs soon after each edit by itself; that cycle meets the dispatcher's change.
        waitForSync(screen, sync, "the conflict from the next sync",
                status -> status.openConflicts() > 0 && status.phase() != Phase.SYNCING);

        screen.act(() -> parts.showPart(CONFLICTS, PartState.ACTIVATE));
        Composite conflicts = partControl(screen, parts, CONFLICTS);
        screen.waitFor("the conflict compared field by field", UI, () -> Screen.withId(conflicts, Table.class, "conflicts.list")
                .filter(list -> list.getItemCount() > 0)
                .flatMap(list -> Screen.withId(conflicts, Composite.class, "conflicts.fields"))
                .filter(fields -> fields.getChildren().length > 0));
        picture(screen, shell, full, "conflict-review", () -> { /* as it is */ });

        notes(screen, parts, shell, full, workOrderId);
    }

    /**
     * Back to the work order: a note with a photo from the camera folder and the customer's signature, the form
     * showing them, the photo full screen; then the next sync must bring both to the office, files whole.
     */
    private void notes(Screen screen, EPartService parts, Shell shell, Rectangle full, String workOrderId) throws Exception {
        NotesTour notes = new NotesTour(screen, shell, directory);
        notes.cameraFolderWithAPhoto();
        screen.act(() -> parts.showPart(FORM, PartState.ACTIVATE));
        Composite form = partControl(screen, parts, FORM);
        notes.addPhotoNote(form);
        notes.customerSigns(form);
        screen.act(() -> parts.showPart(AGENDA, PartState.VISIBLE)); // the technician's day beside the form
        // Scrolled once the resize's layout is done: a scroll in the same turn is undone by it.
        picture(screen, shell, full, "work-order-notes", () -> shell.getDisplay().asyncExec(() -> NotesTour.showNotes(form)));
        Shell viewer = notes.viewPhoto(form);
        screen.save(full, directory.resolve("photo-viewer.png"));
        notes.close(viewer);
        // The client sends edits soon after they are made; the conflict's edit stays waiting, so the office is asked.
        String held = office.awaitNotes(workOrderId, SYNC, NotesTour.PHOTO_TITLE, "Customer signature: " + NotesTour.SIGNER);
        ILog.of(Tour.class).info("The office holds the tour's notes: " + held);
    }

    /**
     * Saves {@code name}.png at the full screen, then {@code name}-1280x800.png at the tablets' size, each after
     * {@code arrange} (on the UI thread) put the screen as the picture wants it.
     */
    private void picture(Screen screen, Shell shell, Rectangle full, String name, Runnable arrange) throws InterruptedException {
        for (Rectangle size : List.of(full, TABLET)) {
            screen.act(() -> {
                fill(shell, size);
                shell.layout(true, true);
                arrange.run();
            });
            screen.save(size, directory.resolve(size == full ? name + ".png" : name + "-1280x800.png"));
        }
        screen.act(() -> fill(shell, full));
    }

    /**
     * The dispatcher changes the summary, then the technician types a note into it. For a conflict the
     * device must not download the dispatcher's version in between: a cycle started meanwhile (the schedule)
     * makes the pair start over.
     */
    private void typeNoteAfterTheOffice(Screen screen, SyncService sync, String workOrderId, Text summary) throws Exception {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            waitForSync(screen, sync, "no sync running", status -> status.phase() != Phase.SYNCING);
            Instant before = sync.status().lastSuccess();
            office.dispatcherChangesSummary(workOrderId, attempt == 1 ? OFFICE_NOTE : OFFICE_NOTE + " (" + attempt + ")");
            boolean typed = screen.ask(() -> {
                SyncStatus now = sync.status();
                if (now.phase() == Phase.SYNCING || !Objects.equals(now.lastSuccess(), before)) {
                    return false;
                }
                summary.setFocus();
                summary.setText(TECHNICIAN_NOTE);
                // Leaving the field saves it; without a window manager focus does not move by itself.
                summary.notifyListeners(SWT.FocusOut, new Event());
                return true;
            });
            if (typed) {
                return;
            }
        }
        throw new IllegalStateException("A sync ran between the dispatcher's change and the note " + ATTEMPTS + " times");
    }

    private static void waitForSync(Screen screen, SyncService sync, String what, Predicate<SyncStatus> reached)
            throws InterruptedException {
        try {
            screen.waitFor(what, SYNC, () -> Optional.of(sync.status()).filter(reached));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; the sync status is " + sync.status(), e);
        }
    }

    /**
     * Makes the window cover {@code area}. Without a window manager GTK still takes room off for a title bar
     * nobody draws, so the shell is grown by what its client area lacks.
     */
    private static void fill(Shell shell, Rectangle area) {
        shell.setBounds(area);
        Rectangle client = shell.getClientArea();
        shell.setBounds(area.x, area.y, area.width + area.width - client.width, area.height + area.height - client.height);
    }

    private static Composite partControl(Screen screen, EPartService parts, String id) throws InterruptedException {
        return screen.waitFor("the part " + id, UI, () -> Optional.ofNullable(parts.findPart(id)).map(MPart::getWidget)
                .filter(Composite.class::isInstance).map(Composite.class::cast).filter(control -> !((Control) control).isDisposed()));
    }
}
