package org.fieldbook.screenshots;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.ui.WidgetIds;

/**
 * The notes part of the tour, in the open work order form: the technician adds a note with a photo from the camera
 * folder (a picture of a pressure gauge the tour draws there, as the tablet's camera app would save it), the
 * customer signs with strokes of the pointer (posted through the X server), the form shows both with thumbnails
 * and "Signed by", a tap shows the photo full screen. Afterwards the office must hold both notes, files whole.
 */
final class NotesTour {

    /** The settings' preferences (docs/notes-ui.md): the camera folder the add-note dialog offers. */
    private static final String PREFERENCES = "org.fieldbook.ui";
    private static final String CAMERA_FOLDER = "notes.cameraFolder";
    private static final String PHOTO = "IMG_20261127_101500.jpg";
    static final String PHOTO_TITLE = "Pressure gauge before the repair";
    static final String SIGNER = "Ann Baker";
    private static final Duration UI = Duration.ofSeconds(30);
    /** How long a posted pointer event may take to be dispatched before the next one. */
    private static final long POINTER_MILLIS = 40;

    private final Screen screen;
    private final Shell main;
    private final Path directory;
    private final Robot robot;

    /** @param directory where the pictures of the dialogs go */
    NotesTour(Screen screen, Shell main, Path directory) throws AWTException {
        this.screen = screen;
        this.main = main;
        this.directory = directory;
        this.robot = new Robot();
    }

    /** Puts a photo in a new camera folder and makes it the client's camera folder, as Settings would. */
    void cameraFolderWithAPhoto() throws Exception {
        Path camera = Files.createTempDirectory("fieldbook-camera");
        Path photo = camera.resolve(PHOTO);
        screen.act(() -> gauge(main.getDisplay(), photo));
        InstanceScope.INSTANCE.getNode(PREFERENCES).put(CAMERA_FOLDER, camera.toString());
        InstanceScope.INSTANCE.getNode(PREFERENCES).flush();
    }

    /** Add note, a title and text, the newest camera picture, then Save; @return once the form shows the thumbnail. */
    void addPhotoNote(Composite form) throws Exception {
        tap(screen.waitFor("Add note", UI, () -> Screen.withId(form, Button.class, "notes.add")));
        Shell dialog = screen.waitFor("the add-note dialog", UI, this::dialog);
        screen.act(() -> {
            Screen.withId(dialog, Text.class, "addNote.title").orElseThrow().setText(PHOTO_TITLE);
            Screen.withId(dialog, Text.class, "addNote.text").orElseThrow()
                    .setText("Reads 0.4 bar with the pump running; it should be 2 bar. Seal worn.");
            List camera = Screen.withId(dialog, List.class, "addNote.camera").orElseThrow();
            camera.select(0);
            camera.notifyListeners(SWT.Selection, new Event());
        });
        // Without a window manager nobody draws the title bar GTK leaves room for: the picture is the client area.
        screen.save(screen.ask(() -> main.getDisplay().map(dialog, null, dialog.getClientArea())), directory.resolve("add-note.png"));
        tap(screen.waitFor("Save note", UI, () -> Screen.withId(dialog, Button.class, "addNote.save")));
        screen.waitFor("the photo's thumbnail", UI, () -> thumbnail(form));
    }

    /** Customer signature, two strokes on the pad, the signer's name, Save; @return once the form shows it signed. */
    void customerSigns(Composite form) throws Exception {
        tap(screen.waitFor("Customer signature", UI, () -> Screen.withId(form, Button.class, "notes.sign")));
        Shell dialog = screen.waitFor("the sign dialog", UI, this::dialog);
        Canvas pad = screen.waitFor("the pad", UI, () -> Screen.withId(dialog, Canvas.class, "sign.pad"));
        stroke(pad, new Point(80, 140), new Point(130, 60), new Point(170, 150), new Point(220, 70), new Point(270, 140),
                new Point(330, 90), new Point(420, 120));
        stroke(pad, new Point(120, 170), new Point(400, 160));
        screen.act(() -> Screen.withId(dialog, Text.class, "sign.name").orElseThrow().setText(SIGNER));
        tap(screen.waitFor("Save signature", UI, () -> Screen.withId(dialog, Button.class, "sign.save").filter(Button::isEnabled)));
        screen.waitFor("the form showing the work order signed", UI, () -> Screen.withId(form, Label.class, "notes.signed")
                .filter(signed -> signed.getText().startsWith("Signed by " + SIGNER)));
    }

    /** Scrolls the form to its notes, as a technician checking them would. */
    static void showNotes(Composite form) {
        Screen.withId(form, Composite.class, "notes.list").ifPresent(list -> {
            for (Composite parent = list.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrolledComposite scroller) {
                    scroller.setOrigin(0, Integer.MAX_VALUE); // the notes end the form
                    break;
                }
            }
        });
    }

    /** Taps the photo's thumbnail; @return the full-screen viewer, to be pictured and then closed with {@link #close}. */
    Shell viewPhoto(Composite form) throws InterruptedException {
        Label thumbnail = screen.waitFor("the photo's thumbnail", UI, () -> thumbnail(form));
        main.getDisplay().asyncExec(() -> thumbnail.notifyListeners(SWT.MouseUp, new Event()));
        Shell viewer = screen.waitFor("the photo viewer", UI, this::dialog);
        screen.waitFor("the photo on the screen", UI, () -> Screen.withId(viewer, Canvas.class, "photo.picture"));
        return viewer;
    }

    /** Closes the viewer with a tap, as the technician does. */
    void close(Shell viewer) throws InterruptedException {
        Canvas picture = screen.ask(() -> Screen.withId(viewer, Canvas.class, "photo.picture").orElseThrow());
        main.getDisplay().asyncExec(() -> picture.notifyListeners(SWT.MouseUp, new Event()));
        screen.waitFor("the viewer closed", UI, () -> Optional.of(viewer).filter(Shell::isDisposed));
    }

    /** The photo's thumbnail: the picture of the note whose text names the photo. */
    private static Optional<Label> thumbnail(Composite form) {
        return Screen.find(form, Label.class, label -> label.getImage() != null && String.valueOf(label.getData(WidgetIds.KEY))
                .startsWith("notes.picture.") && describes(label, PHOTO_TITLE));
    }

    private static boolean describes(Label picture, String title) {
        Control[] row = picture.getParent().getChildren();
        int index = Arrays.asList(row).indexOf(picture);
        return index + 1 < row.length && row[index + 1] instanceof Label text && text.getText().startsWith(title);
    }

    /** Taps a button later, from the event loop: a dialog it opens runs a loop of its own until it closes. */
    private void tap(Button button) {
        main.getDisplay().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    private Optional<Shell> dialog() {
        return Arrays.stream(main.getDisplay().getShells()).filter(shell -> shell != main && shell.isVisible()).findFirst();
    }

    /** Draws a stroke with the real pointer (XTest, through AWT's robot), as a pen does: press, moves, release. */
    private void stroke(Canvas pad, Point... points) throws InterruptedException {
        move(pad, points[0]);
        button(SWT.MouseDown);
        for (int i = 1; i < points.length; i++) {
            move(pad, points[i]);
        }
        button(SWT.MouseUp);
    }

    private void move(Canvas pad, Point point) throws InterruptedException {
        Point at = screen.ask(() -> main.getDisplay().map(pad, null, point));
        robot.mouseMove(at.x, at.y);
        Thread.sleep(POINTER_MILLIS);
    }

    private void button(int type) throws InterruptedException {
        if (type == SWT.MouseDown) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        } else {
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
        Thread.sleep(POINTER_MILLIS);
    }

    /** Draws a pressure gauge, needle low, on a wall, as a camera's photo of 1600×1200 saved as a JPEG. */
    private static void gauge(Display display, Path file) {
        Image image = new Image(display, 1600, 1200);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
            gc.fillGradientRectangle(0, 0, 1600, 1200, true);
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(400, 200, 800, 800);
            gc.setLineWidth(24);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawOval(400, 200, 800, 800);
            gc.setLineWidth(8);
            for (int tick = 0; tick <= 10; tick++) {
                double angle = Math.toRadians(225 - tick * 27);
                gc.drawLine(800 + (int) (330 * Math.cos(angle)), 600 - (int) (330 * Math.sin(angle)),
                        800 + (int) (380 * Math.cos(angle)), 600 - (int) (380 * Math.sin(angle)));
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(18);
            double needle = Math.toRadians(225 - 0.4 / 4 * 270);
            gc.drawLine(800, 600, 800 + (int) (300 * Math.cos(needle)), 600 - (int) (300 * Math.sin(needle)));
            ImageLoader jpeg = new ImageLoader();
            jpeg.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            jpeg.compression = 90;
            jpeg.save(file.toString(), SWT.IMAGE_JPEG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
