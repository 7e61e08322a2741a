package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.download;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.store.Note;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.ui.internal.notes.Signature;
import org.fieldbook.ui.internal.notes.SignaturePad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test on the device: strokes drawn with the real pointer on the signature pad of the work order
 * form become a PNG note in the real Derby store, waiting for upload, and the form shows the work order signed.
 */
class SignatureNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-27T11:00:00Z");

    @TempDir
    Path workspace;

    private DerbyLocalStore store;
    private E4PartFixture fixture;

    @BeforeEach
    void fillStore() {
        store = WorkOrderFixtures.open(workspace.resolve("db"));
        WorkOrder workOrder = WorkOrderFixtures.contosoWorkOrder(store);
        WorkOrderServiceTask done = WorkOrderFixtures.task("t-1", "Isolate power", workOrder, 1);
        done.setPercentComplete(100);
        download(store, Literals.WORK_ORDER_SERVICE_TASK, List.of(done, WorkOrderFixtures.task("t-2", "Leak test", workOrder, 2)));
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
        store.close();
    }

    @Test
    void strokesOnThePadBecomeAPngNoteAndTheWorkOrderShowsSigned() {
        fixture = WorkOrderFixtures.formContext(SignatureNoteTest.class, store, NOW, "wo-1");
        fixture.make(WorkOrderFormPart.class);
        UiBot bot = fixture.bot();
        assertThat(bot.labelWithId(NotesPhotosSection.ID_SIGNED).text()).isEqualTo(NotesPhotosSection.NOT_SIGNED);
        String summary = CustomerSigns.on(fixture, "Ann Baker");

        assertThat(summary).contains("Tasks done: 1 of 2", "Isolate power");
        bot.waitUntil(() -> bot.labelWithId(NotesPhotosSection.ID_SIGNED).text().startsWith("Signed by Ann Baker"),
                "the form showing the work order signed");
        Note note = store.notes().of("wo-1").get(0);
        assertThat(note.subject()).isEqualTo("Customer signature: Ann Baker");
        assertThat(note.fileName()).isEqualTo(Signature.FILE_NAME);
        assertThat(note.mimeType()).isEqualTo(Signature.MIME_TYPE);
        assertThat(note.waitingForUpload()).isTrue();
        ImageData png = new ImageLoader().load(new ByteArrayInputStream(store.notes().file(note.id()).orElseThrow()))[0];
        assertThat(png.width).isEqualTo(SignaturePad.WIDTH);
        assertThat(note.text()).contains("Tasks done: 1 of 2", "Signed by Ann Baker");
    }
}
