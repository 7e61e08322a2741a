package org.fieldbook.store;

import org.fieldbook.jdbc.DerbyDatabase;

/** The local store could not do what was asked; the message says why in words a user can act on. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * @return whether Derby rolled the work back to end a deadlock with another use of the store: nothing of it
     *         was written, and it may simply be done again
     */
    public boolean isDeadlock() {
        return DerbyDatabase.isDeadlock(getCause());
    }
}
