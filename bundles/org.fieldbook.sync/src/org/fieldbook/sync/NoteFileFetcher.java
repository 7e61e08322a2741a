package org.fieldbook.sync;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Fetches a note's file the sync left on the back office (larger than the sync fetches by itself) when the
 * technician opens it. Registered as an OSGi service; call it from a job, not the UI thread.
 */
public interface NoteFileFetcher {

    /**
     * Brings the note's file into the local store, in blocks, resuming from the blocks a cut attempt left there.
     *
     * @return the file, whole
     * @throws SyncException when the back office is out of reach or refuses; the blocks fetched so far stay
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled, checked between blocks
     */
    byte[] fetchFile(String noteId, IProgressMonitor monitor) throws SyncException;
}
