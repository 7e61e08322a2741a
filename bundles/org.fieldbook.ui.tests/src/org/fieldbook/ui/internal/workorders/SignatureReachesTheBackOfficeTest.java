package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.ui.internal.OfficeUser;
import org.fieldbook.ui.internal.DemoOffice;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.fieldbook.ui.internal.notes.Signature;
import org.fieldbook.ui.internal.notes.SignaturePad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The test end to end: a customer signs with strokes of the real pointer in the work order form of a
 * device synced with a back office on loopback; after the next sync the office reads the signature note, its
 * PNG whole, on the work order.
 */
class SignatureReachesTheBackOfficeTest {

    @RegisterExtension
    static final DemoOffice OFFICE = new DemoOffice();

    @TempDir
    Path folder;

    @Test
    void theSignedPngReachesTheBackOffice() throws Exception {
        try (TechnicianDevice device = OFFICE.syncedDevice(folder)) {
            String workOrder = device.workOrderIds().get(0);
            try (E4PartFixture form = WorkOrderFixtures.formContext(getClass(), device.store(), Instant.now(), workOrder)) {
                form.make(WorkOrderFormPart.class);
                CustomerSigns.on(form, "Ann Baker");
                form.bot().waitUntil(() -> form.bot().labelWithId(NotesPhotosSection.ID_SIGNED).text().startsWith("Signed by"),
                        "the signature stored");
            }
            device.engine().syncNow().join();

            try (OfficeUser office = new OfficeUser(OFFICE.server(), "tech1")) {
                String filter = URLEncoder.encode("_objectid_value eq " + workOrder + " and filename eq '" + Signature.FILE_NAME + "'",
                        StandardCharsets.UTF_8).replace("+", "%20");
                JsonNode notes = office.get("annotations?$select=subject,mimetype,documentbody&$filter=" + filter).path("value");
                assertThat(notes).hasSize(1);
                assertThat(notes.get(0).path("subject").asText()).isEqualTo("Customer signature: Ann Baker");
                assertThat(notes.get(0).path("mimetype").asText()).isEqualTo(Signature.MIME_TYPE);
                byte[] png = Base64.getDecoder().decode(notes.get(0).path("documentbody").asText());
                ImageData picture = new ImageLoader().load(new ByteArrayInputStream(png))[0];
                assertThat(picture.width).isEqualTo(SignaturePad.WIDTH);
                assertThat(picture.height).isEqualTo(SignaturePad.HEIGHT);
            }
        }
    }
}
