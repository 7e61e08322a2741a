package org.fieldbook.store;

import java.util.Iterator;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/** Applies downloaded data. */
public interface Downloads {

    /**
     * Upserts the page's rows, deletes its deleted keys and saves its checkpoint, all in one transaction:
     * after a crash either the whole page and its checkpoint are there or neither is. Rows with pending
     * local edits are not touched; they are returned for the sync engine to decide about.
     */
    ApplyResult apply(DownloadPage page);

    /**
     * Inserts the rows {@code rows} streams, then saves the checkpoint {@code after} gives once they are exhausted,
     * all in one transaction: after a crash either every row and the checkpoint are there or neither is. For a
     * table downloaded whole: into an empty table Derby writes the rows in bulk and builds the table's indexes
     * after them; the search index follows in the same transaction. The rows must not be in the table yet (a key
     * already there fails the load); rows with pending local edits are held back, as by {@link #apply}.
     *
     * @param after the checkpoint reached with the last row (a page without rows); called once {@code rows} is done
     * @throws RuntimeException what {@code rows} threw, as it was; nothing of the load is then kept
     */
    ApplyResult load(EClass table, Iterator<? extends Record> rows, Supplier<DownloadPage> after);
}
