package org.fieldbook.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the sync moves notes' files block by block. Each acknowledged or fetched block is committed on its own,
 * so a cut connection or a killed client resumes at the first block not yet committed.
 */
public interface NoteFileTransfers {

    /**
     * A file waiting for upload whose note the office already has.
     *
     * @param token the continuation token of the upload under way, or null when none was begun
     * @param sentBlocks the indexes of the blocks the office acknowledged under that token
     */
    record PendingUpload(String noteId, String workOrderId, String subject, String fileName, String mimeType, long fileSize,
            int blocks, String token, Set<Integer> sentBlocks) {
    }

    /**
     * A file the device does not hold whole yet.
     *
     * @param blocksOnDevice how many of its first blocks are already here
     */
    record MissingFile(String noteId, long fileSize, int blocksOnDevice) {
    }

    /** @return files waiting for upload, without a problem, whose note's own outbox entries have been uploaded */
    List<PendingUpload> pendingUploads();

    /** @return block {@code index} of the note's file */
    byte[] block(String noteId, int index);

    /** Remembers the token of an upload begun; the blocks sent under an earlier token count as not sent. */
    void uploadBegun(String noteId, String token);

    void blockSent(String noteId, int index);

    /** The office committed the file: it no longer waits. */
    void uploaded(String noteId);

    /** The office refused the file: the note keeps it and shows {@code problem}; it is not sent again. */
    void refused(String noteId, String problem);

    /** @return files of downloaded notes not whole on the device and of at most {@code largest} bytes, smallest first */
    List<MissingFile> missingFiles(long largest);

    /** @return the note's missing file, whatever its size; empty when it has none or it is whole here */
    Optional<MissingFile> missingFile(String noteId);

    /**
     * Stores block {@code index} fetched from the office; the file is whole once its last block is in.
     *
     * @throws StoreException when the block is not the next one the device expects
     */
    void blockFetched(String noteId, int index, byte[] data);

    /** Forgets files whose notes are no longer on the device (removed by a download). */
    void forgetOrphans();
}
