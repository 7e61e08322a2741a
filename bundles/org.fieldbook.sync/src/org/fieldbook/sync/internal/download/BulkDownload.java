package org.fieldbook.sync.internal.download;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.json.PageSummary;
import org.fieldbook.sync.internal.json.RecordPageReader;

/**
 * The whole download of an all-records table the device holds no row of (a first sync) at bulk-load speed. This
 * thread reads the pages and parses them into rows; a second one writes them into the store, one
 * {@code Downloads.load} (an {@code INSERT … SELECT} Derby runs in bulk into the empty table) per load of whole
 * pages up to {@link #LOAD_ROWS} rows, so the network, the parsing and Derby's writes overlap on two cores. A load
 * commits its rows with the checkpoint after its last page: a kill leaves the table as it was before the load and
 * the next sync resumes there; a failure or a broken page drops the load; a cancel keeps the pages read whole.
 * Once every page is read, the last load's writes (the rows' tail, the indexes' sorts, the commit) may go on while
 * the next table downloads.
 */
final class BulkDownload {

    /** Rows of one load (one transaction): a kill loses at most this much work, a few seconds of it. */
    static final int LOAD_ROWS = 250_000;

    private final SyncContext context;
    private final DataverseTable table;
    private final PageFetcher fetcher;
    private final String prefer;
    private final RecordPageReader reader;
    private final int loadRows;

    BulkDownload(SyncContext context, DataverseTable table, PageFetcher fetcher, String prefer, RecordPageReader reader,
            int loadRows) {
        this.context = context;
        this.table = table;
        this.fetcher = fetcher;
        this.prefer = prefer;
        this.reader = reader;
        this.loadRows = loadRows;
    }

    /** Reads every page; @return what waits for the writing thread's last load */
    TableDownload.Writing start(SubMonitor monitor) throws SyncException {
        LoadHandoff handoff = new LoadHandoff(table.eClass());
        LoadWriter writer = new LoadWriter(context.store().downloads(), table.eClass(), handoff);
        Thread thread = new Thread(writer, "Fieldbook bulk load of " + table.logicalName());
        thread.setDaemon(true);
        thread.start();
        try {
            readPages(monitor, handoff);
        } catch (OperationCanceledException e) {
            // between pages: what was read whole is kept, as when a page-by-page download is cancelled
            handoff.endQuietly();
            writer.await(thread);
            throw e;
        } catch (SyncException | RuntimeException e) {
            handoff.failQuietly();
            writer.await(thread);
            throw e;
        }
        return () -> {
            writer.await(thread);
            return writer.rows();
        };
    }

    private void readPages(SubMonitor monitor, LoadHandoff handoff) throws SyncException {
        String link = table.entitySet();
        int inLoad = 0;
        long highestVersion = 0;
        while (link != null) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.setWorkRemaining(10).worked(1);
            PageSummary page = fetcher.fetch(context.resolve(link), prefer, reader, handoff);
            link = page.nextLink();
            highestVersion = Math.max(highestVersion, page.highestVersion());
            handoff.pageRead(link, page.deltaToken(), highestVersion > 0 ? highestVersion : null);
            inLoad += page.rows();
            if (link != null && inLoad >= loadRows) {
                handoff.endLoad(false);
                inLoad = 0;
            }
        }
        handoff.endLoad(true);
    }
}
