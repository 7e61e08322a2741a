package org.fieldbook.sync;

/** Which side's value a field of a conflict keeps when the technician resolves it. */
public enum ConflictChoice {
    /** The value the technician typed on the device. */
    MINE,
    /** The value the back office holds. */
    SERVER
}
