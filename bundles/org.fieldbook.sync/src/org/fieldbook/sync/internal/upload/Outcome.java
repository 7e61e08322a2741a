package org.fieldbook.sync.internal.upload;

/** What became of one record's change. */
enum Outcome {
    /** The server has it. */
    SENT,
    /** The server had changed the row; the device's values were sent over it and the server's kept in a resolved conflict. */
    CLIENT_WON,
    /** The server had changed the row and its values won; the device's are kept in an open conflict. */
    SERVER_WON,
    /** The server refused it; a sync error says why and the edit waits in the outbox. */
    FAILED,
    /** Not sent: it points at a new record the server did not take. */
    WAITING
}
