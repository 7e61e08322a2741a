package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.notes.NoteFileDownload;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Notes' files between a device and a real back office through a proxy that cuts connections on purpose: a 20 MB
 * photo uploaded in blocks resumes after each cut (and after a restarted back office) from the last block the
 * office acknowledged and arrives once, byte-identical; the same file fetched by another device resumes from the
 * last block it stored; a file over the organization's limit gets a clear problem on the note and loses nothing.
 */
class NoteFilesSyncTest {

    private static final int TWENTY_MB = 20 << 20;
    private static final int BLOCKS = 5;
    private static final String UPLOAD_BLOCK = "POST /api/data/v9\\.2/UploadBlock ";
    private static final String COMMIT = "POST /api/data/v9\\.2/CommitAnnotationBlocksUpload ";
    private static final String DOWNLOAD_BLOCK = "POST /api/data/v9\\.2/DownloadBlock ";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;
    private static Device admin;

    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> backOffice.port());

    @TempDir
    Path folder;
    private final List<Device> opened = new ArrayList<>();

    @BeforeAll
    static void startTheBackOffice() throws Exception {
        backOffice = DemoBackOffice.startIn(shared);
        admin = Device.signedIn(backOffice.serviceRoot(), shared.resolve("admin"), "admin");
        setFileLimit(admin, 32 << 20);
    }

    @AfterAll
    static void stopTheBackOffice() throws IOException {
        admin.close();
        backOffice.close();
    }

    @AfterEach
    void closeTheDevices() throws IOException {
        for (Device device : opened) {
            device.close();
        }
    }

    @Test
    void aTwentyMegabytePhotoUploadedAndDownloadedThroughCutsArrivesOnceByteIdentical() throws Exception {
        Device device = open("device");
        device.download();
        String workOrder = device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
        byte[] photo = bytes(TWENTY_MB, 11);
        Note note = device.store().notes().add(new NoteDraft(workOrder, "Compressor before repair", "Oil on the floor", "compressor.jpg",
                "image/jpeg", photo));
        int linesBefore = PROXY.requestLines().size();

        uploadCut(device, Fault.cutAfter(10), Requests.matching(UPLOAD_BLOCK).nth(1));
        uploadCut(device, Fault.cutAfter(10), Requests.matching(UPLOAD_BLOCK).nth(2));
        backOffice.stop();
        backOffice.start();
        uploadCut(device, Fault.cutAfter(10), Requests.matching(UPLOAD_BLOCK).nth(2));
        uploadCut(device, Fault.cutAfter(10), Requests.matching(COMMIT).nth(1)); // committed, the answer lost
        PROXY.heal();
        upload(device);

        assertThat(device.store().notes().find(note.id()).orElseThrow().waitingForUpload()).isFalse();
        List<String> lines = PROXY.requestLines().subList(linesBefore, PROXY.requestLines().size());
        assertThat(lines.stream().filter(line -> line.matches(UPLOAD_BLOCK + ".*"))).as("each block once, and the 3 cut ones again")
                .hasSize(BLOCKS + 3);
        JsonNode onServer = notesOnServer(device, workOrder, "Compressor before repair");
        assertThat(onServer).hasSize(1);
        assertThat(onServer.get(0).path("filesize").asInt()).isEqualTo(TWENTY_MB);

        Device other = open("other");
        other.download();
        Note downloaded = other.store().notes().find(note.id()).orElseThrow();
        assertThat(downloaded.fileSize()).isEqualTo(TWENTY_MB);
        assertThat(downloaded.fileOnDevice()).as("over the sync's limit: fetched when opened").isFalse();
        NoteFileDownload fetch = new NoteFileDownload(other.http(), other.serviceRoot(), other.store().noteFiles());
        int downloadsBefore = PROXY.requestLines().size();
        PROXY.inject(Fault.cutAfter(1_000_000), Requests.matching(DOWNLOAD_BLOCK).nth(2));
        assertThatThrownBy(() -> fetch.fetch(note.id(), new NullProgressMonitor())).isInstanceOf(SyncException.class);
        assertThat(other.store().noteFiles().missingFile(note.id()).orElseThrow().blocksOnDevice()).isEqualTo(1);
        PROXY.inject(Fault.cutAfter(3_000_000), Requests.matching(DOWNLOAD_BLOCK).nth(3));
        assertThatThrownBy(() -> fetch.fetch(note.id(), new NullProgressMonitor())).isInstanceOf(SyncException.class);
        assertThat(other.store().noteFiles().missingFile(note.id()).orElseThrow().blocksOnDevice()).isEqualTo(3);
        PROXY.heal();
        assertThat(fetch.fetch(note.id(), new NullProgressMonitor())).isTrue();

        assertThat(other.store().notes().file(note.id())).hasValue(photo);
        assertThat(PROXY.requestLines().subList(downloadsBefore, PROXY.requestLines().size()).stream()
                .filter(line -> line.matches(DOWNLOAD_BLOCK + ".*"))).as("each block once, and the 2 cut ones again").hasSize(BLOCKS + 2);
        assertThat(other.store().notes().bytesOnDevice()).isEqualTo(TWENTY_MB);
    }

    @Test
    void aFileOverTheOrganizationsLimitGetsAClearProblemOnTheNoteAndLosesNothing() throws Exception {
        Device device = open("device");
        device.download();
        String workOrder = device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
        byte[] photo = bytes(6 << 20, 12);
        Note note = device.store().notes().add(new NoteDraft(workOrder, "Too large a photo", "The meter", "meter.jpg", "image/jpeg", photo));
        setFileLimit(admin, 5 << 20);
        try {
            upload(device);
        } finally {
            setFileLimit(admin, 32 << 20);
        }

        Note kept = device.store().notes().find(note.id()).orElseThrow();
        assertThat(kept.problem()).contains("meter.jpg").contains("too large").contains("stay on this device");
        assertThat(kept.text()).isEqualTo("The meter");
        assertThat(device.store().notes().file(note.id())).hasValue(photo);
        assertThat(device.store().noteFiles().pendingUploads()).as("not sent again and again").isEmpty();
        assertThat(notesOnServer(device, workOrder, "Too large a photo")).as("the note without its file").hasSize(1);
    }

    @Test
    void aSmallFileComesWithTheSync() throws Exception {
        Device writer = open("writer");
        writer.download();
        String workOrder = writer.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
        byte[] signature = bytes(300_000, 13);
        Note note = writer.store().notes().add(new NoteDraft(workOrder, "Customer signature", null, "signature.png", "image/png", signature));
        upload(writer);

        Device reader = open("reader");
        reader.download();
        new NoteFileDownload(reader.http(), reader.serviceRoot(), reader.store().noteFiles()).fetchForSync(new NullProgressMonitor());

        assertThat(reader.store().notes().file(note.id())).hasValue(signature);
        assertThat(reader.store().notes().find(note.id()).orElseThrow().mimeType()).isEqualTo("image/png");
    }

    /**
     * A technician's device with a long read timeout: the back office reads a note's whole documentbody whenever it
     * lists notes (docs/backoffice.md), which under a loaded build machine outlasts the product's 30 s.
     */
    private Device open(String name) throws Exception {
        Device device = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder.resolve(name), Timeout.ofMinutes(3));
        opened.add(device);
        return device;
    }

    private static void upload(Device device) throws SyncException {
        new OutboxUpload().upload(device.context(Clock.systemUTC()), new NullProgressMonitor());
    }

    private static void uploadCut(Device device, Fault fault, Requests requests) {
        PROXY.inject(fault, requests);
        assertThatThrownBy(() -> upload(device)).isInstanceOf(SyncException.class);
        assertThat(PROXY.faultsInjected()).isEqualTo(1);
    }

    private static JsonNode notesOnServer(Device device, String workOrder, String subject) throws Exception {
        String filter = URLEncoder.encode("_objectid_value eq " + workOrder + " and subject eq '" + subject + "'", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return device.http().execute(ClassicRequestBuilder.get(device.serviceRoot().resolve("annotations?$select=filesize&$filter=" + filter))
                .setHeader("Accept", "application/json").build(), response -> JSON.readTree(response.getEntity().getContent())).path("value");
    }

    /** Sets the organization's largest note file, as {@code admin}; the demo's default is Dataverse's 5 MB. */
    static void setFileLimit(Device admin, int bytes) throws Exception {
        String organization = admin.http().execute(ClassicRequestBuilder.get(admin.serviceRoot().resolve("organizations"))
                .setHeader("Accept", "application/json").build(),
                response -> JSON.readTree(response.getEntity().getContent())).path("value").get(0).path("organizationid").asText();
        admin.http().execute(ClassicRequestBuilder.patch(admin.serviceRoot().resolve("organizations(" + organization + ")"))
                .setEntity(new StringEntity("{\"maxuploadfilesize\":" + bytes + "}", ContentType.APPLICATION_JSON)).build(), response -> null);
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
