package org.fieldbook.store;

import java.util.List;

/** Local edits waiting for upload, oldest first. */
public interface Outbox {

    /** @return every pending entry in the order the edits were made */
    List<OutboxEntry> pending();

    /** @return how many entries wait */
    int size();

    /** Forgets an entry once the server has taken it. */
    void remove(long sequence);

    /**
     * @param listener runs, on the editing thread, after each local edit has been committed with its entry,
     *        so that counts of waiting changes can follow every edit at once
     */
    void addEditListener(Runnable listener);

    void removeEditListener(Runnable listener);
}
