package org.fieldbook.sync.internal.notes;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.NoteFileTransfers.MissingFile;
import org.fieldbook.store.WorkOrderNotes;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;

/**
 * Fetches notes' files in blocks with Dataverse's block download messages, each block committed on the device as
 * it arrives, so a cut connection or a killed client resumes at the first block the device does not have. The
 * sync fetches the files up to {@link #syncFileLimit()}; larger ones wait until the technician opens them.
 */
public final class NoteFileDownload {

    /** The system property with the largest file (in bytes) a sync fetches by itself. */
    public static final String SYNC_FILE_LIMIT = "fieldbook.notes.syncFileLimit";
    private static final long DEFAULT_SYNC_FILE_LIMIT = 1L << 20;

    private final NoteFileTransfers files;
    private final BlockMessages messages;

    public NoteFileDownload(AuthorizedHttp http, URI serviceRoot, NoteFileTransfers files) {
        this.files = files;
        this.messages = new BlockMessages(http, serviceRoot);
    }

    /** @return the largest file a sync fetches by itself: {@value #SYNC_FILE_LIMIT}, 1 MB unless set */
    public static long syncFileLimit() {
        return Long.getLong(SYNC_FILE_LIMIT, DEFAULT_SYNC_FILE_LIMIT);
    }

    /** Fetches the missing files up to the sync's limit, smallest first, then forgets files of notes gone. @return files fetched */
    public int fetchForSync(IProgressMonitor monitor) throws SyncException {
        List<MissingFile> missing = files.missingFiles(syncFileLimit());
        SubMonitor progress = SubMonitor.convert(monitor, "Fetching notes' files", missing.size() + 1);
        for (MissingFile file : missing) {
            fetch(file, progress.split(1));
        }
        files.forgetOrphans();
        progress.split(1);
        return missing.size();
    }

    /** Fetches one note's file, whatever its size, if the device lacks it. @return whether there was one to fetch */
    public boolean fetch(String noteId, IProgressMonitor monitor) throws SyncException {
        Optional<MissingFile> missing = files.missingFile(noteId);
        if (missing.isPresent()) {
            fetch(missing.get(), monitor);
        }
        return missing.isPresent();
    }

    private void fetch(MissingFile file, IProgressMonitor monitor) throws SyncException {
        int blocks = (int) ((file.fileSize() + WorkOrderNotes.BLOCK_SIZE - 1) / WorkOrderNotes.BLOCK_SIZE);
        SubMonitor progress = SubMonitor.convert(monitor, blocks - file.blocksOnDevice() + 1);
        BlockMessages.Download download = messages.initializeDownload(file.noteId());
        if (download.size() != file.fileSize()) {
            throw new SyncException("The file of note " + file.noteId() + " changed on the back office while it was fetched; the next"
                    + " sync fetches the new one.");
        }
        progress.worked(1);
        for (int index = file.blocksOnDevice(); index < blocks; index++) {
            progress.checkCanceled();
            long offset = (long) index * WorkOrderNotes.BLOCK_SIZE;
            int length = (int) Math.min(WorkOrderNotes.BLOCK_SIZE, file.fileSize() - offset);
            byte[] data = messages.downloadBlock(download.token(), offset, length);
            if (data.length != length) {
                throw new SyncException("The back office sent " + data.length + " bytes of a block of " + length + " of the file of note "
                        + file.noteId() + "; the next sync asks again.");
            }
            files.blockFetched(file.noteId(), index, data);
            progress.worked(1);
        }
    }
}
