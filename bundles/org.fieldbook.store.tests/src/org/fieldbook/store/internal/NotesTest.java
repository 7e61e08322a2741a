package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.fieldbook.model.Account;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.InvalidRecordException;
import org.fieldbook.store.Note;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.OutboxEntry;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.WorkOrderNotes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notes and their files in the store: written with their outbox entry at once, kept in blocks, moved block by block. */
class NotesTest extends StoreTestCase {

    private static final int NINE_MB = 9 << 20;

    @BeforeEach
    void storeAWorkOrder() {
        Account contoso = StoreFixtures.account("acc-1", "Contoso Dairy");
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(contoso)));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(
                StoreFixtures.workOrder("wo-1", "WO-00412", contoso, "12 Mill Road", "Springfield", WorkOrderSystemStatus.SCHEDULED))));
    }

    @Test
    void aNoteWithAFileIsStoredInBlocksWithItsOutboxEntry() {
        byte[] photo = bytes(NINE_MB, 1);
        Note note = store.notes().add(new NoteDraft("wo-1", "Pump before repair", "Seal leaking", "pump.jpg", "image/jpeg", photo));

        assertThat(note.hasFile()).isTrue();
        assertThat(note.fileSize()).isEqualTo(NINE_MB);
        assertThat(note.fileOnDevice()).isTrue();
        assertThat(note.waitingForUpload()).isTrue();
        assertThat(note.createdOn()).isNotNull();
        assertThat(store.notes().file(note.id())).hasValue(photo);
        assertThat(store.notes().of("wo-1")).containsExactly(note);
        assertThat(store.notes().bytesOnDevice()).isEqualTo(NINE_MB);
        assertThat(blockCount(note.id())).isEqualTo(3);
        OutboxEntry entry = store.outbox().pending().get(0);
        assertThat(entry.table()).isEqualTo("annotation");
        assertThat(entry.operation()).isEqualTo(OutboxEntry.Operation.CREATE);
        assertThat(entry.changedFields()).containsEntry("subject", "Pump before repair").containsEntry("filename", "pump.jpg")
                .containsEntry("mimetype", "image/jpeg").containsEntry("_objectid_value", "wo-1").doesNotContainKey("documentbody");
    }

    @Test
    void aTextNoteHasNoFile() {
        Note note = store.notes().add(NoteDraft.text("wo-1", "Called the customer", "Back at 3 pm"));

        assertThat(note.hasFile()).isFalse();
        assertThat(store.notes().file(note.id())).isEmpty();
        assertThat(store.notes().find(note.id()).orElseThrow().text()).isEqualTo("Back at 3 pm");
        assertThat(store.notes().bytesOnDevice()).isZero();
    }

    @Test
    void aNoteOnAWorkOrderNotOnTheDeviceOrWithAnInvalidFieldWritesNothing() {
        assertThatThrownBy(() -> store.notes().add(new NoteDraft("wo-unknown", "Photo", null, "a.jpg", "image/jpeg", bytes(10, 2))))
                .isInstanceOf(StoreException.class).hasMessageContaining("not on this device");
        assertThatThrownBy(() -> store.notes().add(new NoteDraft("wo-1", "x".repeat(501), null, "a.jpg", "image/jpeg", bytes(10, 3))))
                .isInstanceOf(InvalidRecordException.class);

        assertThat(store.records().count(FieldbookPackage.Literals.ANNOTATION)).isZero();
        assertThat(store.outbox().size()).isZero();
        assertThat(store.notes().bytesOnDevice()).isZero();
    }

    @Test
    void aFileWaitsForUploadOnlyOnceItsNoteIsUploadedAndRemembersTheBlocksSentUnderItsToken() {
        Note note = store.notes().add(new NoteDraft("wo-1", "Photo", null, "a.jpg", "image/jpeg", bytes(NINE_MB, 4)));
        NoteFileTransfers files = store.noteFiles();
        assertThat(files.pendingUploads()).isEmpty();

        store.outbox().remove(store.outbox().pending().get(0).sequence());
        files.uploadBegun(note.id(), "token-1");
        files.blockSent(note.id(), 0);
        files.blockSent(note.id(), 1);
        reopen();

        NoteFileTransfers.PendingUpload upload = store.noteFiles().pendingUploads().get(0);
        assertThat(upload.token()).isEqualTo("token-1");
        assertThat(upload.sentBlocks()).containsExactlyInAnyOrder(0, 1);
        assertThat(upload.blocks()).isEqualTo(3);
        assertThat(upload.workOrderId()).isEqualTo("wo-1");
        assertThat(store.noteFiles().block(note.id(), 2)).hasSize(NINE_MB - 2 * WorkOrderNotes.BLOCK_SIZE);
        store.noteFiles().uploadBegun(note.id(), "token-2");
        assertThat(store.noteFiles().pendingUploads().get(0).sentBlocks()).isEmpty();
        store.noteFiles().uploaded(note.id());
        assertThat(store.noteFiles().pendingUploads()).isEmpty();
        assertThat(store.notes().find(note.id()).orElseThrow().waitingForUpload()).isFalse();
    }

    @Test
    void aRefusedFileStaysOnTheDeviceWithItsProblem() {
        byte[] photo = bytes(1000, 5);
        Note note = store.notes().add(new NoteDraft("wo-1", "Photo", null, "a.jpg", "image/jpeg", photo));
        store.outbox().remove(store.outbox().pending().get(0).sequence());

        store.noteFiles().refused(note.id(), "Too large");

        assertThat(store.noteFiles().pendingUploads()).isEmpty();
        assertThat(store.notes().find(note.id()).orElseThrow().problem()).isEqualTo("Too large");
        assertThat(store.notes().file(note.id())).hasValue(photo);
    }

    @Test
    void aDownloadedNotesFileIsFetchedBlockByBlockInOrderAndForgottenWithItsNote() {
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ANNOTATION, List.of(downloadedNote("n-1", NINE_MB),
                downloadedNote("n-2", 10))));
        NoteFileTransfers files = store.noteFiles();
        assertThat(files.missingFiles(1 << 20)).extracting(NoteFileTransfers.MissingFile::noteId).containsExactly("n-2");
        assertThat(store.notes().find("n-1").orElseThrow().fileOnDevice()).isFalse();

        byte[] file = bytes(NINE_MB, 6);
        files.blockFetched("n-1", 0, Arrays.copyOfRange(file, 0, WorkOrderNotes.BLOCK_SIZE));
        assertThatThrownBy(() -> files.blockFetched("n-1", 2, new byte[1])).isInstanceOf(StoreException.class);
        reopen();
        assertThat(store.noteFiles().missingFile("n-1").orElseThrow().blocksOnDevice()).isEqualTo(1);
        store.noteFiles().blockFetched("n-1", 1, Arrays.copyOfRange(file, WorkOrderNotes.BLOCK_SIZE, 2 * WorkOrderNotes.BLOCK_SIZE));
        store.noteFiles().blockFetched("n-1", 2, Arrays.copyOfRange(file, 2 * WorkOrderNotes.BLOCK_SIZE, NINE_MB));

        assertThat(store.notes().file("n-1")).hasValue(file);
        assertThat(store.noteFiles().missingFile("n-1")).isEmpty();
        store.downloads().apply(new DownloadPage(FieldbookPackage.Literals.ANNOTATION, List.of(), List.of("n-1"), null,
                null, null));
        store.noteFiles().forgetOrphans();
        assertThat(store.notes().bytesOnDevice()).isZero();
    }

    private static Annotation downloadedNote(String id, int size) {
        Annotation note = StoreFixtures.MODEL.createAnnotation();
        note.setId(id);
        note.setSubject("Office photo " + id);
        note.setFileName(id + ".jpg");
        note.setMimeType("image/jpeg");
        note.setFileSize(size);
        note.setIsDocument(true);
        note.setVersionNumber(7);
        note.setObjectId(StoreFixtures.workOrder("wo-1", "WO-00412", null, null, null, WorkOrderSystemStatus.SCHEDULED));
        return note;
    }

    private int blockCount(String noteId) {
        return store.database().read("count blocks", connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM FB_NOTE_BLOCK WHERE NOTE_ID = ?")) {
                query.setString(1, noteId);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
