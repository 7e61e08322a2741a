package org.fieldbook.store;

import java.util.List;

import org.fieldbook.model.SyncError;

/** Records the sync could not send or apply. */
public interface SyncErrors {

    /** Keeps an error; it gets a key if it has none. */
    SyncError add(SyncError error);

    /** @return errors not yet retried or dismissed, newest first */
    List<SyncError> unresolved();

    /** Marks an error retried or dismissed. */
    void resolve(String id);

    /** @return errors the back office has not been sent yet, resolved ones included, oldest first */
    List<SyncError> notUploaded();

    /** Marks an error as sent to the back office, so that administrators never see it twice. */
    void uploaded(String id);
}
