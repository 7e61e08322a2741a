package org.fieldbook.backoffice.internal;

/**
 * A row deleted, as deltas report it.
 *
 * @param id the deleted row's key
 * @param version the version the deletion was stamped with
 */
record Deletion(String id, long version) {
}
