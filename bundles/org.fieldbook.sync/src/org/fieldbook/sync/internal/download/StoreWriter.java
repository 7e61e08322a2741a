package org.fieldbook.sync.internal.download;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.Record;
import org.fieldbook.store.ApplyResult;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.Downloads;
import org.fieldbook.sync.internal.json.PageConsumer;

/**
 * Writes a table's download into the store batch by batch, as the reader hands the batches over. Each
 * batch is its own transaction that keeps the checkpoint at the page being read, so a crash re-reads that
 * page (re-applying rows is harmless); only {@link #advance} moves the checkpoint past it.
 */
final class StoreWriter implements PageConsumer {

    private final Downloads downloads;
    private final EClass table;
    private final Set<String> seen;
    private final List<String> heldBack = new ArrayList<>();
    private String resumeLink;
    private int rows;

    /** @param trackSeen whether to remember every key written, to remove the rows the server no longer has */
    StoreWriter(Downloads downloads, EClass table, String resumeLink, boolean trackSeen) {
        this.downloads = downloads;
        this.table = table;
        this.resumeLink = resumeLink;
        this.seen = trackSeen ? new HashSet<>() : null;
    }

    @Override
    public void rows(List<Record> batch) {
        if (seen != null) {
            batch.forEach(row -> seen.add(row.getId()));
        }
        apply(new DownloadPage(table, batch, List.of(), resumeLink, null, null));
        rows += batch.size();
    }

    @Override
    public void deleted(List<String> ids) {
        apply(new DownloadPage(table, List.of(), ids, resumeLink, null, null));
    }

    /** Moves the checkpoint past the page just read: to the next page, or to the delta token after the last. */
    void advance(String nextLink, String deltaToken, Long watermark) {
        resumeLink = nextLink;
        apply(new DownloadPage(table, List.of(), List.of(), nextLink, deltaToken, watermark));
    }

    /** Removes rows that are not on the server any more (rows with local edits stay). */
    void remove(List<String> ids) {
        if (!ids.isEmpty()) {
            apply(new DownloadPage(table, List.of(), ids, resumeLink, null, null));
        }
    }

    /** @return the keys written, when tracked */
    Set<String> seen() {
        return seen;
    }

    /** @return keys the server changed or deleted that local edits kept from being touched */
    List<String> heldBack() {
        return heldBack;
    }

    int rows() {
        return rows;
    }

    private void apply(DownloadPage page) {
        ApplyResult result = downloads.apply(page);
        heldBack.addAll(result.heldBack());
    }
}
