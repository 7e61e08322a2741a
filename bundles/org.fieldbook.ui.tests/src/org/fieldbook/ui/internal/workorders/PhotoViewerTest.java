package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.notes.PhotoViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tap on a photo's thumbnail in the work order form shows it on the whole screen; a tap there closes it. */
class PhotoViewerTest {

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;
    private Note photo;

    @BeforeEach
    void fillStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        WorkOrderFixtures.contosoWorkOrder(store);
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] {new ImageData(640, 480, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF))};
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        writer.save(jpeg, SWT.IMAGE_JPEG);
        photo = store.notes().add(new NoteDraft("wo-1", "Meter", null, "meter.jpg", "image/jpeg", jpeg.toByteArray()));
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
        store.close();
    }

    @Test
    void aTapOnTheThumbnailShowsThePhotoOnTheWholeScreenAndATapClosesIt() {
        fixture = WorkOrderFixtures.formContext(PhotoViewerTest.class, store, Instant.parse("2026-11-27T11:00:00Z"), "wo-1");
        fixture.make(WorkOrderFormPart.class);
        UiBot bot = fixture.bot();
        bot.waitUntil(() -> bot.widgetWithId(NotesPhotosSection.ID_PICTURE_PREFIX + photo.id(), Label.class).getImage() != null,
                "the thumbnail");
        Label thumbnail = bot.widgetWithId(NotesPhotosSection.ID_PICTURE_PREFIX + photo.id(), Label.class);
        Display display = fixture.shell().getDisplay();
        Rectangle[] shown = new Rectangle[1];
        boolean[] closed = new boolean[1];
        display.asyncExec(() -> { // runs in the viewer's event loop, which the tap below enters
            bot.waitUntil(() -> viewer() != null, "the photo viewer");
            Shell viewer = viewer();
            shown[0] = viewer.getBounds();
            UiBot viewing = new UiBot(viewer);
            new UiMouse(viewing, display).tap(viewing.widgetWithId(PhotoViewer.ID_PICTURE, Canvas.class), 1);
            closed[0] = viewer.isDisposed();
        });
        thumbnail.notifyListeners(SWT.MouseUp, new Event());

        assertThat(shown[0]).isEqualTo(fixture.shell().getMonitor().getBounds());
        assertThat(closed[0]).as("closed by the tap").isTrue();
        assertThat(viewer()).isNull();
    }

    private Shell viewer() {
        Shell owner = fixture.shell();
        return Arrays.stream(owner.getDisplay().getShells()).filter(shell -> shell != owner && shell.isVisible()).findFirst().orElse(null);
    }
}
