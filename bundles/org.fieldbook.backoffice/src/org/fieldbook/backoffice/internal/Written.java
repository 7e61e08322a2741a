package org.fieldbook.backoffice.internal;

/**
 * What a write did.
 *
 * @param outcome created, updated, deleted, or why nothing was written
 * @param version the row's new version, 0 when nothing was written
 */
record Written(Outcome outcome, long version) {

    enum Outcome {
        CREATED, UPDATED, DELETED, NOT_FOUND, STALE, EXISTS, FORBIDDEN
    }

    static Written refused(Outcome outcome) {
        return new Written(outcome, 0);
    }
}
