package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.store.Note;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiButton;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.notes.AddNoteDialog;
import org.fieldbook.ui.internal.notes.PhotoDrop;
import org.fieldbook.ui.internal.notes.PhotoSettings;
import org.fieldbook.ui.internal.notes.Photos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The technician adds notes in the work order form on a real Derby store: a photo tapped in the camera folder
 * (a real PNG written here) is stored downscaled as a JPEG and shows as a thumbnail; a double tap on Save stores
 * one note; a text-only note; the original kept when the settings say so.
 */
class AddNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-27T11:00:00Z");
    private static final int LONGEST_EDGE = 400;
    private static final String FILE_MANAGER = "Files";
    private static final int POLL_MILLIS = 50;
    private static final Duration SETTLED = Duration.ofSeconds(2);

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;
    private Path camera;

    @BeforeEach
    void fillStore() throws IOException {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        WorkOrderFixtures.contosoWorkOrder(store);
        camera = Files.createDirectories(workspace.resolve("camera"));
        picture(camera.resolve("IMG_0001.png"), 300, 200, Instant.parse("2026-11-27T09:00:00Z"));
        picture(camera.resolve("IMG_0002.png"), 1200, 800, Instant.parse("2026-11-27T10:30:00Z"));
        Files.writeString(camera.resolve("notes.txt"), "not a picture");
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (fixture != null) {
            fixture.close();
        }
        store.close();
        InstanceScope.INSTANCE.getNode(PhotoSettings.NODE).clear();
    }

    @Test
    void aCameraPhotoTappedTwiceOnSaveLandsOnceDownscaledAndShowsAThumbnail() throws BackingStoreException {
        new PhotoSettings(LONGEST_EDGE, 70, false, Optional.of(camera)).write();
        List<String> offered = new ArrayList<>();
        addNote(dialog -> {
            org.eclipse.swt.widgets.List pictures = dialog.widgetWithId(AddNoteDialog.ID_CAMERA, org.eclipse.swt.widgets.List.class);
            offered.addAll(Arrays.asList(pictures.getItems()));
            dialog.textWithId(AddNoteDialog.ID_TITLE).setText("Leaking valve");
            pictures.select(0);
            pictures.notifyListeners(SWT.Selection, new Event());
            Button save = dialog.widgetWithId(AddNoteDialog.ID_SAVE, Button.class);
            save.notifyListeners(SWT.Selection, new Event());
            assertThat(save.isEnabled()).as("Save spent by the first tap").isFalse();
            save.notifyListeners(SWT.Selection, new Event()); // the double tap's second selection
        });

        assertThat(offered).containsExactly("IMG_0002.png", "IMG_0001.png");
        Note note = waitForNotes(1).get(0);
        assertThat(note.subject()).isEqualTo("Leaking valve");
        assertThat(note.fileName()).isEqualTo("IMG_0002.jpg");
        assertThat(note.mimeType()).isEqualTo(Photos.JPEG);
        assertThat(note.waitingForUpload()).isTrue();
        ImageData jpeg = new ImageLoader().load(new ByteArrayInputStream(store.notes().file(note.id()).orElseThrow()))[0];
        assertThat(jpeg.type).isEqualTo(SWT.IMAGE_JPEG);
        assertThat(jpeg.width).isEqualTo(LONGEST_EDGE);
        assertThat(jpeg.height).isEqualTo(800 * LONGEST_EDGE / 1200);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.widgetWithId(NotesPhotosSection.ID_PICTURE_PREFIX + note.id(), Label.class).getImage() != null,
                "the photo's thumbnail in the form");
        assertThat(store.notes().of("wo-1")).hasSize(1);
    }

    @Test
    void aNoteWithoutPhotosIsATextOnlyNote() {
        addNote(dialog -> {
            assertThat(dialog.labelWithId(AddNoteDialog.ID_PICKED).text()).contains("text only");
            dialog.textWithId(AddNoteDialog.ID_TITLE).setText("Valve replaced");
            dialog.textWithId(AddNoteDialog.ID_TEXT).setText("The old one was cracked.");
            dialog.buttonWithId(AddNoteDialog.ID_SAVE).click();
        });

        Note note = waitForNotes(1).get(0);
        assertThat(note.subject()).isEqualTo("Valve replaced");
        assertThat(note.text()).isEqualTo("The old one was cracked.");
        assertThat(note.hasFile()).isFalse();
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.visibleTexts().stream().anyMatch(text -> text.contains("The old one was cracked.")), "the note in the form");
    }

    @Test
    void keepingOriginalsStoresTheOriginalAsANoteOfItsOwn() throws Exception {
        new PhotoSettings(LONGEST_EDGE, 70, true, Optional.of(camera)).write();
        addNote(dialog -> {
            org.eclipse.swt.widgets.List pictures = dialog.widgetWithId(AddNoteDialog.ID_CAMERA, org.eclipse.swt.widgets.List.class);
            pictures.select(0);
            pictures.notifyListeners(SWT.Selection, new Event());
            dialog.buttonWithId(AddNoteDialog.ID_SAVE).click();
        });

        List<Note> notes = waitForNotes(2);
        Note original = notes.stream().filter(note -> note.fileName().equals("IMG_0002.png")).findFirst().orElseThrow();
        assertThat(original.mimeType()).isEqualTo("image/png");
        assertThat(store.notes().file(original.id()).orElseThrow()).isEqualTo(Files.readAllBytes(camera.resolve("IMG_0002.png")));
        assertThat(notes).extracting(Note::fileName).contains("IMG_0002.jpg");
    }

    @Test
    void photosDraggedFromTheFileManagerAreAddedAndOtherFilesRefused() throws BackingStoreException {
        new PhotoSettings(LONGEST_EDGE, 70, false, Optional.empty()).write();
        String[] refusal = new String[1];
        addNote(dialog -> {
            Shell fileManager = fileManager(dialog.widgetWithId(AddNoteDialog.ID_PICKED, Label.class).getShell(),
                    camera.resolve("IMG_0002.png"), camera.resolve("notes.txt"));
            try {
                new UiMouse(dialog, fileManager.getDisplay()).dragAndDrop(fileManager.getChildren()[0],
                        dialog.widgetWithId(AddNoteDialog.ID_PICKED, Label.class));
            } finally {
                fileManager.dispose();
            }
            refusal[0] = dialog.labelWithId(AddNoteDialog.ID_STATUS).text();
            assertThat(dialog.labelWithId(AddNoteDialog.ID_PICKED).text()).contains("IMG_0002.png").doesNotContain("notes.txt");
            dialog.buttonWithId(AddNoteDialog.ID_SAVE).click();
        });

        assertThat(refusal[0]).isEqualTo(PhotoDrop.REFUSED + "notes.txt.");
        Note note = waitForNotes(1).get(0);
        assertThat(note.fileName()).isEqualTo("IMG_0002.jpg");
        ImageData jpeg = new ImageLoader().load(new ByteArrayInputStream(store.notes().file(note.id()).orElseThrow()))[0];
        assertThat(jpeg.type).isEqualTo(SWT.IMAGE_JPEG);
        assertThat(jpeg.width).as("prepared as a chosen photo is").isEqualTo(LONGEST_EDGE);
    }

    @Test
    void photosDroppedOnTheFormsNotesOpenTheDialogWithThemPicked() throws BackingStoreException {
        new PhotoSettings(LONGEST_EDGE, 70, false, Optional.empty()).write();
        fixture = WorkOrderFixtures.formContext(AddNoteTest.class, store, NOW, "wo-1");
        fixture.make(WorkOrderFormPart.class);
        Label signed = settled(NotesPhotosSection.ID_SIGNED);
        for (Composite parent = signed.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite form) {
                form.showControl(signed);
            }
        }
        String[] picked = new String[1];
        whenTheDialogOpens(dialog -> {
            picked[0] = dialog.labelWithId(AddNoteDialog.ID_PICKED).text();
            dialog.buttonWithId(AddNoteDialog.ID_SAVE).click();
        });
        Shell fileManager = fileManager(fixture.shell(), camera.resolve("IMG_0001.png"));
        try {
            new UiMouse(fixture.bot(), fixture.shell().getDisplay()).dragAndDrop(fileManager.getChildren()[0], signed);
        } finally {
            fileManager.dispose();
        }

        Note note = waitForNotes(1).get(0);
        assertThat(picked[0]).contains("IMG_0001.png");
        assertThat(note.fileName()).isEqualTo("IMG_0001.jpg");
    }

    /**
     * @return a window beside {@code owner} offering {@code files} to drag, as a file manager does; a child of the
     *         owner, as a modal dialog blocks the application's other windows (a file manager's it does not)
     */
    private static Shell fileManager(Shell owner, Path... files) {
        Shell shell = new Shell(owner, SWT.NO_TRIM | SWT.ON_TOP);
        shell.setText(FILE_MANAGER);
        shell.setLayout(new FillLayout());
        Label offered = new Label(shell, SWT.BORDER);
        offered.setText("IMG_0002.png, notes.txt");
        DragSource source = new DragSource(offered, DND.DROP_COPY | DND.DROP_MOVE);
        source.setTransfer(FileTransfer.getInstance());
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = Arrays.stream(files).map(Path::toString).toArray(String[]::new);
            }
        });
        Rectangle beside = owner.getMonitor().getBounds();
        shell.setBounds(beside.x + beside.width - 220, beside.y + beside.height - 120, 200, 100);
        shell.open();
        return shell;
    }

    /** Opens the form, taps Add note and lets {@code fill} work the dialog; returns once the dialog closed. */
    private void addNote(Consumer<UiBot> fill) {
        fixture = WorkOrderFixtures.formContext(AddNoteTest.class, store, NOW, "wo-1");
        fixture.make(WorkOrderFormPart.class);
        UiButton add = fixture.bot().buttonWithId(NotesPhotosSection.ID_ADD);
        fixture.shell().getDisplay().asyncExec(() -> { // runs in the dialog's event loop, which the click below enters
            fixture.bot().waitUntil(() -> dialog() != null, "the add-note dialog");
            fill.accept(new UiBot(dialog()));
        });
        add.click();
    }

    private List<Note> waitForNotes(int count) {
        fixture.bot().waitUntil(() -> store.notes().of("wo-1").size() >= count, count + " notes in the store");
        return store.notes().of("wo-1");
    }

    /**
     * @return the form's label {@code id} once it has lasted a moment: the form may still be shown again by a load
     *         started as it opened, and a drag needs a target that stays
     */
    private Label settled(String id) {
        Label[] found = new Label[1];
        long[] since = new long[1];
        fixture.bot().waitUntil(() -> {
            Label now = fixture.bot().widgetWithId(id, Label.class);
            if (now != found[0]) {
                found[0] = now;
                since[0] = System.nanoTime();
            }
            return System.nanoTime() - since[0] > SETTLED.toNanos();
        }, "the form shown for good");
        return found[0];
    }

    /** Works the add-note dialog once it opens, in its event loop, without waiting in the caller's. */
    private void whenTheDialogOpens(Consumer<UiBot> work) {
        Display display = fixture.shell().getDisplay();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = dialog();
            if (dialog == null) {
                display.timerExec(POLL_MILLIS, poll[0]);
            } else {
                work.accept(new UiBot(dialog));
            }
        };
        display.timerExec(POLL_MILLIS, poll[0]);
    }

    private Shell dialog() {
        Shell owner = fixture.shell();
        return Arrays.stream(owner.getDisplay().getShells())
                .filter(shell -> shell != owner && shell.isVisible() && !FILE_MANAGER.equals(shell.getText())).findFirst().orElse(null);
    }

    private static void picture(Path file, int width, int height, Instant modified) throws IOException {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data.setPixel(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
            }
        }
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] {data};
        writer.save(file.toString(), SWT.IMAGE_PNG);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
