package org.fieldbook.store;

/** Applies downloaded data. */
public interface Downloads {

    /**
     * Upserts the page's rows, deletes its deleted keys and saves its checkpoint, all in one transaction:
     * after a crash either the whole page and its checkpoint are there or neither is. Rows with pending
     * local edits are not touched; they are returned for the sync engine to decide about.
     */
    ApplyResult apply(DownloadPage page);
}
