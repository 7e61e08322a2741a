package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.store.Note;
import org.fieldbook.sync.NoteFileFetcher;
import org.fieldbook.sync.internal.notes.NoteFileDownload;
import org.fieldbook.sync.internal.notes.NoteFileService;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.DemoOffice;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo the office attached that is bigger than what a sync brings along: the form lists it as not on the
 * device with a Download button; a tap (here two, as a double tap) fetches it once and shows its thumbnail.
 */
class NoteFileOnDemandTest {

    private static final long SMALL_SYNC_LIMIT = 10_000;

    @RegisterExtension
    static final DemoOffice OFFICE = new DemoOffice();

    @TempDir
    Path folder;

    @BeforeEach
    void syncOnlySmallFiles() {
        System.setProperty(NoteFileDownload.SYNC_FILE_LIMIT, Long.toString(SMALL_SYNC_LIMIT));
    }

    @AfterEach
    void restoreTheLimit() {
        System.clearProperty(NoteFileDownload.SYNC_FILE_LIMIT);
    }

    @Test
    void aTapOnDownloadFetchesTheOfficesPhotoOnceAndShowsIt() throws Exception {
        try (TechnicianDevice device = OFFICE.syncedDevice(folder)) {
            String workOrder = device.workOrderIds().get(0);
            byte[] photo = noisePng();
            assertThat(photo.length).isGreaterThan((int) SMALL_SYNC_LIMIT);
            try (OfficeUser office = new OfficeUser(OFFICE.server(), "tech1")) {
                office.post("annotations", "{\"subject\":\"Meter before\",\"filename\":\"meter.png\",\"mimetype\":\"image/png\","
                        + "\"documentbody\":\"" + Base64.getEncoder().encodeToString(photo) + "\","
                        + "\"objectid_msdyn_workorder@odata.bind\":\"/msdyn_workorders(" + workOrder + ")\"}");
            }
            device.engine().syncNow().join();
            Note note = device.store().notes().of(workOrder).stream().filter(n -> "Meter before".equals(n.subject()))
                    .findFirst().orElseThrow();
            assertThat(note.fileOnDevice()).as("left on the office by the sync").isFalse();

            try (E4PartFixture form = WorkOrderFixtures.formContext(getClass(), device.store(), Instant.now(), workOrder)) {
                NoteFileFetcher service = new NoteFileService(device.store(), device.connection(), device.account());
                AtomicInteger fetches = new AtomicInteger();
                form.context().set(NoteFileFetcher.class, (NoteFileFetcher) (id, monitor) -> {
                    fetches.incrementAndGet();
                    return service.fetchFile(id, monitor);
                });
                form.make(WorkOrderFormPart.class);
                String download = NotesPhotosSection.ID_DOWNLOAD_PREFIX + note.id();
                form.bot().waitUntil(() -> form.bot().labelContaining("not on this device") != null, "the note listed");
                Button button = form.bot().widgetWithId(download, Button.class);
                button.getDisplay().syncExec(() -> { // a double tap: two selections before the download ends
                    button.notifyListeners(SWT.Selection, new Event());
                    button.notifyListeners(SWT.Selection, new Event());
                });

                String picture = NotesPhotosSection.ID_PICTURE_PREFIX + note.id();
                form.bot().waitUntil(() -> thumbnailShown(form, picture), "the thumbnail after the download");
                assertThat(fetches).hasValue(1);
            }
            assertThat(device.store().notes().file(note.id())).hasValueSatisfying(file -> assertThat(file).isEqualTo(photo));
        }
    }

    private static boolean thumbnailShown(E4PartFixture form, String id) {
        try {
            return form.bot().widgetWithId(id, Label.class).getImage() != null; // the condition runs on the display thread
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** A PNG of random pixels: it does not compress, so its size is known to pass the limit. */
    private static byte[] noisePng() {
        ImageData data = new ImageData(120, 90, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        Random random = new Random(7);
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                data.setPixel(x, y, random.nextInt(0x1000000));
            }
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.save(out, SWT.IMAGE_PNG);
        return out.toByteArray();
    }
}
