package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.internal.notes.NoteFileDownload;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.sync.internal.upload.UploadNoteUntilKilled;
import org.fieldbook.tests.common.ChildJvm;
import org.fieldbook.tests.common.FaultProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client JVM killed (SIGKILL) in the middle of a 20 MB photo's upload, then restarted: the office had stored
 * the third block and answered, the device had not yet read the answer. The restarted device sends only the blocks
 * it has no acknowledgement for, and the file arrives once, byte-identical. The child stops at that answer and waits
 * ({@link UploadNoteUntilKilled}), so the kill point does not depend on how fast the upload runs.
 */
class KilledNoteUploadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final int TWENTY_MB = 20 << 20;
    private static final int BLOCKS = 5;
    private static final int KILLED_AFTER_ANSWER = 3;
    private static final String SUBJECT = "Killed mid-block";
    private static final String UPLOAD_BLOCK = "POST /api/data/v9\\.2/UploadBlock .*";
    private static final String COMMIT = "POST /api/data/v9\\.2/CommitAnnotationBlocksUpload .*";
    /** The client (sync, store) and what it needs outside OSGi; no back office. */
    private static final List<String> BUNDLES = List.of("org.fieldbook.sync", "org.fieldbook.sync.tests", "org.fieldbook.store",
            "org.fieldbook.model", "org.fieldbook.jdbc", "org.eclipse.emf.ecore", "org.eclipse.emf.common", "derby", "derbyshared",
            "com.fasterxml.jackson.core.jackson-core", "org.apache.httpcomponents.client5.httpclient5",
            "org.apache.httpcomponents.core5.httpcore5", "org.apache.httpcomponents.core5.httpcore5-h2", "slf4j.api",
            "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.equinox.security");

    @TempDir
    static Path shared;
    private static DemoBackOffice backOffice;

    @RegisterExtension
    static final FaultProxy PROXY = FaultProxy.to(() -> backOffice.port());

    @BeforeAll
    static void startTheBackOfficeWithRoomForTheFile() throws Exception {
        backOffice = DemoBackOffice.startIn(shared);
        try (Device admin = Device.signedIn(backOffice.serviceRoot(), shared.resolve("admin"), "admin")) {
            NoteFilesSyncTest.setFileLimit(admin, 32 << 20);
        }
    }

    @AfterAll
    static void stopTheBackOffice() {
        backOffice.close();
    }

    @Test
    void aClientKilledMidBlockResumesWithTheUnacknowledgedBlocksAndTheFileArrivesOnce() throws Exception {
        byte[] photo = new byte[TWENTY_MB];
        new Random(21).nextBytes(photo);
        Path folder = shared.resolve("device");
        String workOrder;
        String noteId;
        String token;
        try (Device device = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder)) {
            device.download();
            workOrder = device.store().records().versions(FieldbookPackage.Literals.WORK_ORDER).keySet().iterator().next();
            noteId = device.store().notes().add(new NoteDraft(workOrder, SUBJECT, null, "valve.jpg", "image/jpeg", photo)).id();
            token = device.account().accessToken();
        }
        int start = PROXY.requestLines().size();

        try (ChildJvm child = ChildJvm.start(BUNDLES, UploadNoteUntilKilled.class, List.of(folder.toString(),
                PROXY.route(backOffice.serviceRoot()).toString(), token, Integer.toString(KILLED_AFTER_ANSWER)), 0)) {
            child.awaitLine("waiting to be killed", PATIENCE);
            child.kill();
            assertThat(child.output()).as("each block stored").contains("block answered 1: 204", "block answered 2: 204",
                    "block answered 3: 204");
            assertThat(child.output()).as("killed before the end").doesNotContain("uploaded");
        }
        assertThat(count(start, UPLOAD_BLOCK)).as("blocks the office received before the kill").isEqualTo(KILLED_AFTER_ANSWER);

        int restart = PROXY.requestLines().size();
        try (Device device = Device.signedIn(PROXY.route(backOffice.serviceRoot()), folder)) {
            DerbyLocalStore store = device.store();
            int acknowledged = store.noteFiles().pendingUploads().get(0).sentBlocks().size();
            assertThat(acknowledged).as("the answers read before the kill").isEqualTo(KILLED_AFTER_ANSWER - 1);
            new OutboxUpload().upload(device.context(Clock.systemUTC()), new NullProgressMonitor());
            assertThat(count(restart, UPLOAD_BLOCK)).as("only the blocks not acknowledged").isEqualTo(BLOCKS - acknowledged);
            assertThat(store.notes().find(noteId).map(Note::waitingForUpload)).hasValue(false);
            assertThat(store.noteFiles().pendingUploads()).isEmpty();
            assertThat(store.outbox().size()).as("the note's outbox").isZero();
        }
        assertThat(count(start, COMMIT)).as("the file committed once").isEqualTo(1);

        try (Device other = Device.signedIn(backOffice.serviceRoot(), shared.resolve("other"))) {
            other.download();
            assertThat(other.store().notes().of(workOrder)).filteredOn(note -> SUBJECT.equals(note.subject())).hasSize(1);
            new NoteFileDownload(other.http(), other.serviceRoot(), other.store().noteFiles()).fetch(noteId, new NullProgressMonitor());
            assertThat(other.store().notes().file(noteId).map(KilledNoteUploadTest::sha256)).hasValue(sha256(photo));
        }
    }

    private static long count(int from, String request) {
        List<String> lines = PROXY.requestLines();
        return lines.subList(from, lines.size()).stream().filter(line -> line.matches(request)).count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
