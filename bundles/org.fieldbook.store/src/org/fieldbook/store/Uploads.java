package org.fieldbook.store;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;

/**
 * What the upload learnt from the server about the outbox's edits, written so that the next edit of a record
 * is based on the version the server holds.
 */
public interface Uploads {

    /**
     * The server took these entries of one record and now holds it at {@code version} (0 when it did not say,
     * e.g. after a delete). In one transaction: the entries are forgotten, the local row (if any) gets the
     * version, and the record's later entries are based on it rather than on the version the sent ones had.
     */
    void confirm(EClass table, String id, List<Long> sequences, long version);

    /**
     * The server took these entries over its newer row {@code serverRow}, which holds what the office changed
     * since the entries' base, and now holds the record at {@code version}. As {@link #confirm}, and the local
     * row also takes the server's values of every column the device has not changed (in these entries or in
     * later ones), so that it holds what the server holds and later downloads do not skip the office's values.
     */
    void confirmOver(EClass table, String id, List<Long> sequences, Record serverRow, long version);

    /**
     * The server's row wins over the local edits. In one transaction: it replaces the local row ({@code null}
     * when the server has none any more) and the record's pending entries are dropped. Callers keep the
     * dropped values in a conflict first, so that nothing the technician typed is lost without a record.
     */
    void takeServerRow(EClass table, String id, Record serverRow);
}
