package org.fieldbook.sync;

import java.util.List;

/**
 * One reason a record is on this device, for the work order form's "why is this here".
 *
 * @param kind the kind of reason
 * @param relatedTable for {@link Kind#RELATED}: the table of the records it is related to, else null
 * @param relatedIds for {@link Kind#RELATED}: some of those records' keys, else empty
 * @param description the reason in words a technician understands
 */
public record PresenceReason(Kind kind, String relatedTable, List<String> relatedIds, String description) {

    /** Why a record is here. */
    public enum Kind {
        /** It matches the profile's own filter for its table, e.g. the booking window. */
        IN_FILTER,
        /** Records already on the device point at it, or it points at one of them. */
        RELATED,
        /** The profile keeps every record of its table. */
        ALL_RECORDS,
        /** It was created on this device and the back office has not confirmed it yet. */
        CREATED_HERE,
        /** It has local changes waiting for upload. */
        PENDING_CHANGES,
        /** None of the above: the next sync will remove it. */
        LEAVING
    }

    public PresenceReason {
        relatedIds = List.copyOf(relatedIds);
    }
}
