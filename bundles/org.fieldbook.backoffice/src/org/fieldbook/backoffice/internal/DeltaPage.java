package org.fieldbook.backoffice.internal;

import java.util.List;

import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;

/**
 * One page of a delta: the changed rows and the deletions after a version and up to the last version the
 * delta covers, taken together in version order. A client that follows the pages from that version on sees
 * every change and deletion of the range once; whatever happens meanwhile gets a later version and falls
 * into the next delta.
 *
 * @param changes rows changed or created, oldest first
 * @param deletions rows deleted, oldest first
 * @param last the version of the page's newest change or deletion, where the next page starts
 * @param more whether the range holds more than this page
 */
record DeltaPage(List<Record> changes, List<Deletion> deletions, long last, boolean more) {

    /**
     * @param access the reader's reach: the changed rows they reach, and the deletions of rows they could read
     *            (a technician's record of the rows that left their reach, deleted or not)
     * @param after the version the page starts after
     * @param upTo the last version of the delta
     */
    static DeltaPage read(BackOfficeDatabase database, TableMapping table, RowAccess access, long after, long upTo, int size) {
        List<Record> changes = database.changed(table, after, upTo, access.rows(table), size + 1);
        List<Deletion> deletions = database.deleted(table, access.unreachedOf(table), after, upTo, size + 1);
        int changed = 0;
        int deleted = 0;
        long last = after;
        while (changed + deleted < size && (changed < changes.size() || deleted < deletions.size())) {
            boolean change = deleted == deletions.size() || changed < changes.size()
                    && changes.get(changed).getVersionNumber() < deletions.get(deleted).version();
            last = change ? changes.get(changed++).getVersionNumber() : deletions.get(deleted++).version();
        }
        return new DeltaPage(changes.subList(0, changed), deletions.subList(0, deleted), last,
                changed < changes.size() || deleted < deletions.size());
    }
}
