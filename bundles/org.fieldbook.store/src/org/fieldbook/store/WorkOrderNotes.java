package org.fieldbook.store;

import java.util.List;
import java.util.Optional;

/**
 * Notes on work orders, with their files (photos, signatures). A file lives only in the encrypted local
 * database, in blocks of {@link #BLOCK_SIZE} bytes; a note and its file are written together with the note's
 * outbox entry, in one transaction.
 */
public interface WorkOrderNotes {

    /** The size of the blocks a file is kept and moved in: Dataverse's clients move 4 MB blocks. */
    int BLOCK_SIZE = 4 << 20;

    /**
     * Stores a new note (a new key), its file and its outbox entry in one transaction.
     *
     * @return the stored note
     * @throws InvalidRecordException when a field is invalid (e.g. a subject too long); nothing is written
     * @throws StoreException when the work order is not on the device
     */
    Note add(NoteDraft draft);

    /** @return the work order's notes, newest first */
    List<Note> of(String workOrderId);

    Optional<Note> find(String id);

    /** @return the note's file when every byte of it is on the device; empty without file or while not fetched */
    Optional<byte[]> file(String id);

    /** @return how many bytes the files of notes take on the device */
    long bytesOnDevice();
}
