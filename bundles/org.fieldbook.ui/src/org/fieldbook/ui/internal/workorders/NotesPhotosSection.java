package org.fieldbook.ui.internal.workorders;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.WorkOrderDetails;
import org.fieldbook.sync.NoteFileFetcher;
import org.fieldbook.sync.SyncException;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.notes.AddNoteDialog;
import org.fieldbook.ui.internal.notes.CompletionSummary;
import org.fieldbook.ui.internal.notes.PhotoDrop;
import org.fieldbook.ui.internal.notes.PhotoSettings;
import org.fieldbook.ui.internal.notes.PhotoViewer;
import org.fieldbook.ui.internal.notes.SignDialog;
import org.fieldbook.ui.internal.notes.Signature;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The notes on the work order, the office's and the technician's, newest first, with a thumbnail for a picture
 * on the device; and the customer's signature. A work order is shown as signed once it has a signature note
 * (the store keeps no other mark of it). Photos dragged from the file manager onto the section open the add-note
 * dialog with them picked. Notes are read and written in jobs: a note with a file is a Derby write of up to
 * megabytes.
 */
final class NotesPhotosSection {

    static final String TITLE = "Notes, photos and signature";
    static final String SIGN = "Customer signature";
    static final String ADD = "Add note";
    static final String ID_SIGN = "notes.sign";
    static final String ID_ADD = "notes.add";
    static final String ID_SIGNED = "notes.signed";
    static final String ID_LIST = "notes.list";
    static final String ID_PICTURE_PREFIX = "notes.picture.";
    static final String ID_MESSAGE = "notes.message";
    static final String ID_DOWNLOAD_PREFIX = "notes.download.";
    static final String DOWNLOAD = "Download";
    static final String NOT_SIGNED = "Not signed by the customer yet.";
    private static final int THUMBNAIL = 96;
    /** The form's data naming the section it shows now: a sync may show the form again while a dialog is open. */
    private static final String CURRENT = NotesPhotosSection.class.getName();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final Composite form;
    private final LocalStore store;
    private final WorkOrderDetails details;
    private final Supplier<Clock> clock;
    private final Runnable relayout;
    private final Supplier<NoteFileFetcher> fetcher;
    private final Label signed;
    private final Label message;
    private final Composite list;

    private NotesPhotosSection(Composite form, WorkOrderDetails details, LocalStore store, Supplier<Clock> clock, Runnable relayout,
            Supplier<NoteFileFetcher> fetcher) {
        this.form = form;
        form.setData(CURRENT, this);
        this.store = store;
        this.fetcher = fetcher;
        this.details = details;
        this.clock = clock;
        this.relayout = relayout;
        Composite section = FormWidgets.section(form, TITLE, 2);
        signed = WidgetIds.name(FormWidgets.label(section, NOT_SIGNED), ID_SIGNED);
        signed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.name(FormWidgets.button(section, SIGN, "The customer signs a summary of the work", this::sign), ID_SIGN);
        message = WidgetIds.name(FormWidgets.label(section, ""), ID_MESSAGE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.name(FormWidgets.button(section, ADD, "A note with text, photos or both", () -> add(List.of())), ID_ADD);
        list = WidgetIds.name(new Composite(section, SWT.NONE), ID_LIST);
        list.setLayout(new GridLayout(2, false));
        list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        PhotoDrop.on(section, this::dropped, this::tell);
        read();
    }

    /** @param fetcher the service bringing a file the sync left on the office; null where none runs */
    static void create(Composite form, WorkOrderDetails details, LocalStore store, Supplier<Clock> clock, Runnable relayout,
            Supplier<NoteFileFetcher> fetcher) {
        new NotesPhotosSection(form, details, store, clock, relayout, fetcher);
    }

    /**
     * The signature is stored for the form, not for this section: a sync may have shown the form again while the
     * customer signed, and the section showing it then lists the note.
     */
    private void sign() {
        SignDialog.open(form.getShell(), CompletionSummary.of(details, clock.get()), signature -> {
            current().ifPresent(section -> section.tell("Saving the signature\u2026"));
            Background.run("Saving the customer's signature", form,
                    () -> store.notes().add(new NoteDraft(details.workOrder().getId(), signature.subject(), signature.text(),
                            Signature.FILE_NAME, Signature.MIME_TYPE, signature.png())),
                    note -> current().ifPresent(section -> {
                        section.tell("");
                        section.read();
                    }), e -> current().ifPresent(section -> section.failed(e)));
        });
    }

    /** @return the section the form shows now, this one or the one a sync showed since */
    private Optional<NotesPhotosSection> current() {
        return Optional.ofNullable(form.isDisposed() ? null : (NotesPhotosSection) form.getData(CURRENT))
                .filter(section -> !section.list.isDisposed());
    }

    /**
     * Photos dropped on the section open the add-note dialog with them picked; later, not in the drop, so the file
     * manager's drag ends before the dialog's loop runs.
     */
    private void dropped(List<Path> photos) {
        if (!photos.isEmpty()) {
            Background.later(list, () -> add(photos));
        }
    }

    private void tell(String words) {
        message.setText(words);
        relayout.run();
    }

    /** Reads the settings when the dialog opens: a change in Settings applies to the next note. */
    private void add(List<Path> photos) {
        PhotoSettings settings = PhotoSettings.read();
        String id = details.workOrder().getId();
        AddNoteDialog.open(form.getShell(), settings.cameraFolder(), photos, note -> note.drafts(id, settings, store.notes()::add),
                () -> current().ifPresent(NotesPhotosSection::read));
    }

    private void read() {
        String id = details.workOrder().getId();
        Background.run("Reading the work order's notes", list, () -> store.notes().of(id).stream()
                .map(note -> new Shown(note, note.fileOnDevice() && isImage(note) ? store.notes().file(note.id()) : Optional.empty()))
                .toList(), this::show, this::failed);
    }

    private void show(List<Shown> notes) {
        for (Control old : list.getChildren()) {
            old.dispose();
        }
        notes.forEach(this::row);
        signed.setText(notes.stream().map(Shown::note).filter(note -> Signature.isSignature(note.subject(), note.fileName()))
                .findFirst() // the newest
                .map(note -> note.subject().replace(Signature.SUBJECT_PREFIX + ": ", "Signed by ") + ", "
                        + WHEN.format(note.createdOn().atZone(clock.get().getZone())))
                .orElse(NOT_SIGNED));
        relayout.run();
    }

    private void row(Shown shown) {
        Note note = shown.note();
        if (note.hasFile() && !note.fileOnDevice() && fetcher.get() != null) {
            WidgetIds.name(FormWidgets.button(list, DOWNLOAD, "Bring " + note.fileName() + " from the office",
                    (Button download) -> download(note, download)), ID_DOWNLOAD_PREFIX + note.id());
        } else {
            picture(shown);
        }
        Label text = WidgetIds.name(UiFonts.body(new Label(list, SWT.WRAP)), "note." + note.id());
        text.setText(describe(note));
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private void picture(Shown shown) {
        Note note = shown.note();
        Label picture = WidgetIds.name(new Label(list, SWT.NONE), ID_PICTURE_PREFIX + note.id());
        picture.setLayoutData(new GridData(THUMBNAIL, SWT.DEFAULT));
        shown.file().flatMap(bytes -> thumbnail(picture, bytes)).ifPresent(image -> {
            picture.setImage(image);
            picture.setToolTipText("Tap to see the photo on the whole screen");
            picture.addListener(SWT.MouseUp, event -> PhotoViewer.open(list.getShell(), shown.file().orElseThrow()));
        });
    }

    /**
     * Fetches the file in a job with progress; the button stays off meanwhile, so a double tap fetches once. A cut
     * connection keeps the blocks fetched so far for the next tap.
     */
    private void download(Note note, Button button) {
        if (!button.isEnabled()) {
            return; // a second tap queued before the first turned the button off
        }
        button.setEnabled(false);
        message.setText("Downloading " + note.fileName() + "\u2026");
        relayout.run();
        Job job = Job.create("Downloading " + note.fileName(), monitor -> {
            try {
                fetcher.get().fetchFile(note.id(), monitor);
                Background.later(list, () -> {
                    message.setText("");
                    read();
                });
            } catch (SyncException | OperationCanceledException e) {
                Background.later(list, () -> {
                    button.setEnabled(true);
                    message.setText("Cannot download " + note.fileName() + " now: " + e.getMessage()
                            + " The part fetched so far is kept; tap Download again when online.");
                    relayout.run();
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private String describe(Note note) {
        StringBuilder text = new StringBuilder(note.subject() == null ? "(no title)" : note.subject());
        text.append("\n").append(WHEN.format(note.createdOn().atZone(clock.get().getZone())));
        if (note.waitingForUpload()) {
            text.append(" \u00b7 waiting to reach the office");
        }
        if (note.hasFile()) {
            text.append(" \u00b7 ").append(note.fileName()).append(" (").append(note.fileSize() / 1024 + 1).append(" KB")
                    .append(note.fileOnDevice() ? ")" : ", not on this device)");
        }
        if (note.problem() != null) {
            text.append("\nThe office refused the file: ").append(note.problem());
        }
        if (note.text() != null && !note.text().isBlank() && !Signature.isSignature(note.subject(), note.fileName())) {
            text.append("\n").append(note.text());
        }
        return text.toString();
    }

    /** @return the picture scaled to the thumbnail's width, disposed with {@code owner}; empty if it cannot be read */
    private static Optional<Image> thumbnail(Control owner, byte[] bytes) {
        try {
            ImageData data = new ImageLoader().load(new ByteArrayInputStream(bytes))[0];
            int height = Math.max(1, data.height * THUMBNAIL / Math.max(1, data.width));
            Image image = new Image(owner.getDisplay(), data.scaledTo(THUMBNAIL, height));
            owner.addDisposeListener(event -> image.dispose());
            return Optional.of(image);
        } catch (SWTException e) {
            ILog.of(NotesPhotosSection.class).warn("A note's picture cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void failed(Exception e) {
        ILog.of(NotesPhotosSection.class).error("Notes of work order " + details.workOrder().getId(), e);
        message.setText("Cannot save or read notes: " + e.getMessage());
        relayout.run();
    }

    private static boolean isImage(Note note) {
        return note.mimeType() != null && note.mimeType().startsWith("image/");
    }

    /** A note and, for a picture on the device, its bytes. */
    private record Shown(Note note, Optional<byte[]> file) {
    }
}
