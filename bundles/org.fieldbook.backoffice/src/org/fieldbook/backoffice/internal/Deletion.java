package org.fieldbook.backoffice.internal;

/**
 * A row deleted, or taken out of a technician's reach, as deltas report it.
 *
 * @param id the row's key
 * @param version the version the deletion or the change was stamped with
 * @param deleted true when the row was deleted, false when it still exists out of the reader's reach
 */
record Deletion(String id, long version, boolean deleted) {
}
