package org.fieldbook.sync;

/** Talking to the back office failed; the message says what happened in words a technician can act on. */
public class SyncException extends Exception {

    private static final long serialVersionUID = 1L;

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncException(String message) {
        super(message);
    }
}
