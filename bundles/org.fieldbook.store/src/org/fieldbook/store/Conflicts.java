package org.fieldbook.store;

import java.time.Instant;
import java.util.List;

import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;

/** Conflicts between the technician's edits and changes made on the server. */
public interface Conflicts {

    /** Keeps a conflict; it gets a key if it has none. */
    Conflict add(Conflict conflict);

    /** @return conflicts still to be reviewed, oldest first */
    List<Conflict> open();

    /** @return every conflict, newest first, resolved ones included */
    List<Conflict> all();

    /** Records how a conflict was resolved. */
    void resolve(String id, ConflictResolution resolution, Instant at);
}
