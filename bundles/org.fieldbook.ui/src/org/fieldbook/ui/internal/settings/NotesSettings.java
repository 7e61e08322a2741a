package org.fieldbook.ui.internal.settings;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.store.LocalStore;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.Background;
import org.fieldbook.ui.internal.Touch;
import org.fieldbook.ui.internal.notes.PhotoSettings;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The settings' "Notes and photos": how photos are prepared before they are stored, the camera folder, and how
 * much room the notes' files take on the device (read from Derby in a job). Save writes the preferences; the
 * next note added uses them.
 */
final class NotesSettings {

    static final String ID_LONGEST_EDGE = "settings.notes.longestEdge";
    static final String ID_QUALITY = "settings.notes.quality";
    static final String ID_KEEP_ORIGINALS = "settings.notes.keepOriginals";
    static final String ID_CAMERA_FOLDER = "settings.notes.cameraFolder";
    static final String ID_CHOOSE_FOLDER = "settings.notes.chooseFolder";
    static final String ID_SAVE = "settings.notes.save";
    static final String ID_SPACE = "settings.notes.space";
    static final String ID_SAVED = "settings.notes.saved";
    static final String SAVED = "Saved: the next note uses these settings.";
    private static final int MIN_EDGE = 320;
    private static final int MAX_EDGE = 8000;
    private static final int EDGE_STEP = 100;

    private final Spinner longestEdge;
    private final Spinner quality;
    private final Button keepOriginals;
    private final Text cameraFolder;
    private final Label saved;

    private NotesSettings(Composite parent, LocalStore store) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Notes and photos");
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        PhotoSettings now = PhotoSettings.read();
        longestEdge = spinner(group, "Longest edge of a photo (pixels)", ID_LONGEST_EDGE, MIN_EDGE, MAX_EDGE, now.longestEdge());
        longestEdge.setIncrement(EDGE_STEP);
        quality = spinner(group, "JPEG quality (1\u2013100)", ID_QUALITY, 1, 100, now.jpegQuality());
        keepOriginals = Touch.button(group, SWT.CHECK, "Keep the original photos too (they take much more room)", ID_KEEP_ORIGINALS);
        keepOriginals.setSelection(now.keepOriginals());
        ((GridData) keepOriginals.getLayoutData()).horizontalSpan = 3;
        new Label(group, SWT.NONE).setText("Camera folder");
        cameraFolder = WidgetIds.name(new Text(group, SWT.BORDER | SWT.SINGLE), ID_CAMERA_FOLDER);
        cameraFolder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cameraFolder.setText(now.cameraFolder().map(Path::toString).orElse(""));
        Touch.button(group, SWT.PUSH, "Choose\u2026", ID_CHOOSE_FOLDER).addListener(SWT.Selection, event -> chooseFolder());
        Touch.button(group, SWT.PUSH, "Save", ID_SAVE).addListener(SWT.Selection, event -> save());
        saved = WidgetIds.name(new Label(group, SWT.WRAP), ID_SAVED);
        saved.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label space = WidgetIds.name(new Label(group, SWT.WRAP), ID_SPACE);
        space.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        space.setText("Reading how much room attachments take\u2026");
        Background.run("Reading the room attachments take", space, () -> store.notes().bytesOnDevice(),
                bytes -> space.setText(space(bytes)), e -> {
                    ILog.of(NotesSettings.class).error("Reading the room attachments take", e);
                    space.setText("Cannot read how much room attachments take: " + e.getMessage());
                });
    }

    static void create(Composite parent, LocalStore store) {
        new NotesSettings(parent, store);
    }

    /** @return the room in words, in the unit a technician reads at a glance */
    static String space(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        return bytes < 1024 * 1024 ? String.format("Attachments take %d KB on this device.", (bytes + 1023) / 1024)
                : String.format("Attachments take %.1f MB on this device.", megabytes);
    }

    private void chooseFolder() {
        DirectoryDialog chooser = new DirectoryDialog(cameraFolder.getShell());
        chooser.setFilterPath(cameraFolder.getText());
        String folder = chooser.open();
        if (folder != null) {
            cameraFolder.setText(folder);
        }
    }

    private void save() {
        String folder = cameraFolder.getText().strip();
        try {
            new PhotoSettings(longestEdge.getSelection(), quality.getSelection(), keepOriginals.getSelection(),
                    folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder))).write();
            saved.setText(SAVED);
        } catch (BackingStoreException e) {
            ILog.of(NotesSettings.class).error("Saving the notes settings", e);
            saved.setText("Cannot save the settings: " + e.getMessage());
        }
    }

    private static Spinner spinner(Composite group, String label, String id, int min, int max, int value) {
        new Label(group, SWT.NONE).setText(label);
        Spinner spinner = WidgetIds.name(new Spinner(group, SWT.BORDER), id);
        spinner.setValues(Math.clamp(value, min, max), min, max, 0, 1, 10);
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1);
        size.heightHint = Touch.MIN_HEIGHT;
        spinner.setLayoutData(size);
        return spinner;
    }
}
