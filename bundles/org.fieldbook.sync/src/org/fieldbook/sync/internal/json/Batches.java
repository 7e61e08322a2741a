package org.fieldbook.sync.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fieldbook.model.Record;

/**
 * Collects a page's rows and deletions into batches for a {@link PageConsumer}. A batch is handed over when
 * it is full, when an entry of the other kind follows (so the consumer sees the response's order), and at
 * the end of the page.
 */
final class Batches {

    private final PageConsumer consumer;
    private final int size;
    private List<Record> rows = new ArrayList<>();
    private List<String> deleted = new ArrayList<>();
    private int rowCount;
    private int deletedCount;
    private long highestVersion;

    Batches(PageConsumer consumer, int size) {
        this.consumer = consumer;
        this.size = size;
    }

    void row(Record row) {
        flushDeleted();
        rows.add(row);
        rowCount++;
        highestVersion = Math.max(highestVersion, row.getVersionNumber());
        if (rows.size() == size) {
            flushRows();
        }
    }

    void deleted(String id) {
        flushRows();
        deleted.add(id);
        deletedCount++;
        if (deleted.size() == size) {
            flushDeleted();
        }
    }

    void flush() {
        flushRows();
        flushDeleted();
    }

    PageSummary summary(String nextLink, String deltaLink, String deltaToken, Long count) {
        return new PageSummary(nextLink, deltaLink, deltaToken, count, rowCount, deletedCount, highestVersion);
    }

    private void flushRows() {
        if (!rows.isEmpty()) {
            consumer.rows(Collections.unmodifiableList(rows));
            rows = new ArrayList<>();
        }
    }

    private void flushDeleted() {
        if (!deleted.isEmpty()) {
            consumer.deleted(Collections.unmodifiableList(deleted));
            deleted = new ArrayList<>();
        }
    }
}
