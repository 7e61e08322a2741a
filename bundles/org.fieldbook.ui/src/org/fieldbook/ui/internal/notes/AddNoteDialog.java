package org.fieldbook.ui.internal.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The technician writes a note and picks photos: from a file chooser, dragged from the file manager onto the
 * window, or with a tap in the camera folder's pictures, newest first (the one just taken is on top). Save stores the note once, in a job: the window stays
 * open, Save spent, until the note is stored, so a second tap on Save cannot store it twice. The job belongs to
 * the window, not to the form: a sync may rebuild the form while the window is open.
 */
public final class AddNoteDialog {

    public static final String ID_TITLE = "addNote.title";
    public static final String ID_TEXT = "addNote.text";
    public static final String ID_CHOOSE = "addNote.choose";
    public static final String ID_CAMERA = "addNote.camera";
    public static final String ID_PICKED = "addNote.picked";
    public static final String ID_SAVE = "addNote.save";
    public static final String ID_CANCEL = "addNote.cancel";
    public static final String ID_STATUS = "addNote.status";
    static final String TITLE = "Add a note";
    static final String NO_PHOTOS = "No photos: a note with text only.";
    static final String DROP_HINT = "Or drag photos from the file manager onto this window.";
    private static final int TEXT_LINES = 4;
    private static final int CAMERA_LINES = 6;
    private static final int WIDEST = 960;

    private final Shell shell;
    private final Text title;
    private final Text text;
    private final Label picked;
    private final Label status;
    private final Button save;
    private final List<Path> photos = new ArrayList<>();
    private final List<Path> cameraPictures;
    private boolean saving;

    /** Stores a note; runs in a job. */
    @FunctionalInterface
    public interface Saver {
        void store(NewNote note) throws Exception;
    }

    private AddNoteDialog(Shell parent, Optional<Path> cameraFolder, List<Path> chosen, Saver saver, Runnable saved) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(TITLE);
        shell.setLayout(new GridLayout(1, false));
        label("Title");
        title = WidgetIds.name(UiFonts.body(new Text(shell, SWT.BORDER | SWT.SINGLE)), ID_TITLE);
        TouchSize.grid(title, true);
        label("Text");
        text = WidgetIds.name(UiFonts.body(new Text(shell, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL)), ID_TEXT);
        text.setLayoutData(lines(text, TEXT_LINES));
        SignDialog.button(shell, "Choose photos\u2026", ID_CHOOSE, this::choose);
        label(DROP_HINT);
        cameraPictures = cameraFolder.map(AddNoteDialog::newestFirst).orElse(List.of());
        cameraList(cameraFolder);
        picked = WidgetIds.name(UiFonts.body(new Label(shell, SWT.WRAP)), ID_PICKED);
        picked.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = WidgetIds.name(UiFonts.body(new Label(shell, SWT.WRAP)), ID_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite answer = new Composite(shell, SWT.NONE);
        answer.setLayout(new GridLayout(2, true));
        answer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SignDialog.button(answer, "Cancel", ID_CANCEL, shell::close);
        save = SignDialog.button(answer, "Save note", ID_SAVE, () -> save(saver, saved));
        PhotoDrop.on(shell, dropped -> dropped.forEach(this::add), this::tell);
        title.addListener(SWT.Modify, event -> update());
        text.addListener(SWT.Modify, event -> update());
        photos.addAll(chosen);
        update();
    }

    /**
     * Shows the dialog and blocks, running the event loop, until it closes. {@code saver} gets the note at most once,
     * in a job; {@code saved} runs on the UI thread after it stored the note, or failed on the way (some photos may
     * be stored then).
     */
    public static void open(Shell parent, Optional<Path> cameraFolder, Saver saver, Runnable saved) {
        open(parent, cameraFolder, List.of(), saver, saved);
    }

    /** The same, with {@code picked} photos already picked (dropped on the form). */
    public static void open(Shell parent, Optional<Path> cameraFolder, List<Path> picked, Saver saver, Runnable saved) {
        Modal.run(new AddNoteDialog(parent, cameraFolder, picked, saver, saved).shell, WIDEST);
    }

    private void cameraList(Optional<Path> folder) {
        label(folder.isEmpty() ? "No camera folder set in Settings." : "Camera pictures, newest first (tap to add):");
        if (folder.isPresent()) {
            org.eclipse.swt.widgets.List camera = WidgetIds.name(
                    UiFonts.body(new org.eclipse.swt.widgets.List(shell, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL)), ID_CAMERA);
            cameraPictures.forEach(picture -> camera.add(picture.getFileName().toString()));
            camera.setLayoutData(lines(camera, CAMERA_LINES));
            camera.addListener(SWT.Selection, event -> {
                int index = camera.getSelectionIndex();
                if (index >= 0) {
                    add(cameraPictures.get(index));
                }
            });
        }
    }

    private void choose() {
        FileDialog chooser = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        chooser.setFilterExtensions(new String[] {"*.jpg;*.jpeg;*.png;*.bmp;*.gif;*.JPG;*.JPEG;*.PNG"});
        if (chooser.open() != null) {
            for (String name : chooser.getFileNames()) {
                add(Path.of(chooser.getFilterPath(), name));
            }
        }
    }

    private void add(Path photo) {
        if (!photos.contains(photo)) {
            photos.add(photo);
            update();
        }
    }

    private void tell(String words) {
        status.setText(words);
        shell.layout(true, true);
    }

    private void update() {
        picked.setText(photos.isEmpty() ? NO_PHOTOS
                : "Photos (one note each): " + String.join(", ", photos.stream().map(photo -> photo.getFileName().toString()).toList()));
        save.setEnabled(!saving && (!title.getText().isBlank() || !photos.isEmpty()));
        shell.layout(true, true);
    }

    private void save(Saver saver, Runnable saved) {
        if (saving) { // a second tap queued behind the first, or a selection sent to the disabled button
            return;
        }
        saving = true;
        update();
        status.setText("Saving the note\u2026");
        NewNote note = new NewNote(title.getText().strip(), text.getText().strip(), photos);
        Background.run("Saving a note", status, () -> {
            saver.store(note);
            return note;
        }, stored -> {
            shell.close();
            saved.run();
        }, e -> {
            ILog.of(AddNoteDialog.class).error("Saving a note", e);
            status.setText("Cannot save the note: " + e.getMessage()); // Save stays spent: photos before the failure are stored
            saved.run();
        });
    }

    /** @return the folder's pictures, the newest first; none when the folder cannot be read */
    private static List<Path> newestFirst(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(Photos::isPicture)
                    .sorted(Comparator.comparing(AddNoteDialog::modified).reversed()).toList();
        } catch (IOException | UncheckedIOException e) {
            ILog.of(AddNoteDialog.class).warn("The camera folder " + folder + " cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void label(String words) {
        UiFonts.body(new Label(shell, SWT.NONE)).setText(words);
    }

    private static GridData lines(org.eclipse.swt.widgets.Scrollable control, int count) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = control.computeTrim(0, 0, 0, count * textHeight(control)).height;
        return data;
    }

    private static int textHeight(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }
}
