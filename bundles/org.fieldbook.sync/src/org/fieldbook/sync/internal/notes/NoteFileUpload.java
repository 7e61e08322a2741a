package org.fieldbook.sync.internal.notes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.NoteFileTransfers.PendingUpload;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.SyncLog;

/**
 * Sends the files of the technician's notes once their notes are uploaded, in blocks with Dataverse's block
 * messages. The token and every acknowledged block are committed on the device as they happen, so the next
 * attempt after a cut connection, a killed client or a restarted back office sends only the blocks not yet
 * acknowledged. A file the office refuses (larger than the organization allows) stays on the device with the
 * office's reason and is not sent again; the note itself is already there.
 */
public final class NoteFileUpload {

    /** Dataverse's error for an attachment too large or of a type the organization blocks. */
    static final String TOO_LARGE = "0x80044a02";

    private final NoteFileTransfers files;
    private final BlockMessages messages;

    public NoteFileUpload(SyncContext context) {
        this.files = context.store().noteFiles();
        this.messages = new BlockMessages(context.http(), context.serviceRoot());
    }

    /** @return how many files the office committed */
    public int run(IProgressMonitor monitor) throws SyncException {
        List<PendingUpload> uploads = files.pendingUploads();
        SubMonitor progress = SubMonitor.convert(monitor, "Sending notes' files", uploads.stream().mapToInt(PendingUpload::blocks).sum() + 1);
        int committed = 0;
        for (PendingUpload upload : uploads) {
            if (send(upload, progress)) {
                committed++;
            }
        }
        return committed;
    }

    private boolean send(PendingUpload upload, SubMonitor progress) throws SyncException {
        BlockMessages.Target target = new BlockMessages.Target(upload.noteId(), upload.fileName(), upload.mimeType());
        try {
            return sendBlocks(upload, target, progress);
        } catch (WebApiException e) {
            if (TOO_LARGE.equalsIgnoreCase(e.code())) {
                files.refused(upload.noteId(), "The back office refused the file " + upload.fileName() + " (" + upload.fileSize()
                        + " bytes): " + e.getMessage() + " The note and its file stay on this device.");
                return false;
            }
            if (e.status() == 404 && upload.token() != null) {
                return resumeLostUpload(upload, target, progress);
            }
            throw e;
        }
    }

    /**
     * The office no longer knows the token: either its commit happened and only the answer was lost, or the upload
     * was forgotten. The file arrives once either way: the office's file size tells which.
     */
    private boolean resumeLostUpload(PendingUpload upload, BlockMessages.Target target, SubMonitor progress) throws SyncException {
        if (messages.fileSize(upload.noteId()) == upload.fileSize()) {
            files.uploaded(upload.noteId());
            return true;
        }
        SyncLog.of(NoteFileUpload.class).warn("The upload of the file of note " + upload.noteId() + " was forgotten by the back office;"
                + " sending it again from its first block.");
        PendingUpload fresh = new PendingUpload(upload.noteId(), upload.workOrderId(), upload.subject(), upload.fileName(), upload.mimeType(),
                upload.fileSize(), upload.blocks(), null, Set.of());
        return sendBlocks(fresh, target, progress);
    }

    private boolean sendBlocks(PendingUpload upload, BlockMessages.Target target, SubMonitor progress) throws SyncException {
        String token = upload.token();
        if (token == null) {
            token = messages.initializeUpload(target);
            files.uploadBegun(upload.noteId(), token);
        }
        List<String> blockIds = new ArrayList<>();
        for (int index = 0; index < upload.blocks(); index++) {
            progress.checkCanceled();
            String blockId = blockId(index);
            blockIds.add(blockId);
            if (!upload.sentBlocks().contains(index)) {
                messages.uploadBlock(token, blockId, files.block(upload.noteId(), index));
                files.blockSent(upload.noteId(), index);
            }
            progress.worked(1);
        }
        messages.commit(token, target, blockIds);
        files.uploaded(upload.noteId());
        return true;
    }

    /** A block's id: Dataverse wants base64, the same length for every block of a file. */
    static String blockId(int index) {
        return Base64.getEncoder().encodeToString(String.format("block-%06d", index).getBytes(StandardCharsets.US_ASCII));
    }
}
