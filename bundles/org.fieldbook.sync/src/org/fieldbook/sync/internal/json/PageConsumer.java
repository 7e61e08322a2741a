package org.fieldbook.sync.internal.json;

import java.util.List;

import org.fieldbook.model.Record;

/**
 * Receives a page's entries in batches while the page is still being read, so a large page can be written
 * to the local store without being held whole. Batches arrive in response order: rows and deletions are
 * never reordered against each other.
 */
public interface PageConsumer {

    /** @param rows rows to insert or replace; the list is the consumer's to keep */
    void rows(List<Record> rows);

    /** @param ids keys of rows the server deleted; the list is the consumer's to keep */
    void deleted(List<String> ids);
}
