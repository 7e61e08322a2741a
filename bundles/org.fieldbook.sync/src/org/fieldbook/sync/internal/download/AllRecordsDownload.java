package org.fieldbook.sync.internal.download;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.TableSyncState;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.json.PageSummary;
import org.fieldbook.sync.internal.json.RecordPageReader;

/**
 * An all-records table through change tracking: the first sync downloads every row with
 * {@code Prefer: odata.track-changes} (into a table the device holds no row of, in bulk: {@link BulkDownload}),
 * later ones only the delta since the token, deletions included. An
 * interrupted download resumes at the page it stopped on; an expired token starts over, and a restart of a
 * table the device already holds removes the rows the server no longer has.
 */
final class AllRecordsDownload implements TableDownload {

    /** Dataverse's code for an expired or unknown delta token. */
    static final String EXPIRED_TOKEN = "0x80044352";
    private static final int BATCH = 500;

    private final SyncContext context;
    private final DataverseTable table;
    private final PageFetcher fetcher;
    private final String prefer;
    private final int loadRows;

    /** @param ahead the reads asked ahead, of which the delta since the token may be */
    AllRecordsDownload(SyncContext context, DataverseTable table, ReadsAhead ahead) {
        this(context, table, PageFetcher.LARGEST_PAGE, BulkDownload.LOAD_ROWS, ahead);
    }

    /**
     * @param pageSize rows per page to ask for; tests use small pages to get many
     * @param loadRows rows of one transaction of a first download in bulk; tests use small loads to get many
     */
    AllRecordsDownload(SyncContext context, DataverseTable table, int pageSize, int loadRows, ReadsAhead ahead) {
        this.context = context;
        this.table = table;
        this.loadRows = loadRows;
        this.fetcher = new PageFetcher(context, ahead);
        // Every page asks for tracking: the last page of a download only carries the delta link if it does.
        this.prefer = "odata.track-changes,odata.maxpagesize=" + pageSize;
    }

    @Override
    public int run(SubMonitor monitor) throws SyncException {
        return start(monitor).await();
    }

    @Override
    public Writing start(SubMonitor monitor) throws SyncException {
        boolean delta = context.store().syncStates().get(table.logicalName()).deltaToken() != null;
        try {
            return download(monitor);
        } catch (WebApiException e) {
            if (!delta || !(EXPIRED_TOKEN.equals(e.code()) || e.status() == 400)) {
                throw e;
            }
            // The token expired or the server forgot it: download the table again.
            context.store().syncStates().restart(table.logicalName());
            return download(monitor);
        }
    }

    /**
     * @return the delta since the token, when the table has one and no download to resume: its first page is
     *         small when little changed; a whole table's first page (no token yet) is left to stream
     */
    @Override
    public List<ReadsAhead.Read> firstReads() {
        TableSyncState state = context.store().syncStates().get(table.logicalName());
        return state.deltaToken() == null || state.nextLink() != null ? List.of()
                : List.of(new ReadsAhead.Read(deltaLink(state), prefer));
    }

    private String deltaLink(TableSyncState state) {
        return table.entitySet() + "?$deltatoken=" + Links.encode(state.deltaToken());
    }

    private Writing download(SubMonitor monitor) throws SyncException {
        TableSyncState state = context.store().syncStates().get(table.logicalName());
        boolean full = state.deltaToken() == null && state.nextLink() == null;
        boolean reconcile = full && context.store().records().count(table.eClass()) > 0;
        RecordPageReader reader = new RecordPageReader(table, BATCH);
        if (full && !reconcile) {
            return new BulkDownload(context, table, fetcher, prefer, reader, loadRows).start(monitor);
        }
        StoreWriter writer = new StoreWriter(context.store().downloads(), table.eClass(), state.nextLink(), reconcile);
        String link = state.nextLink() != null ? state.nextLink()
                : state.deltaToken() != null ? deltaLink(state)
                : Links.query(table.entitySet(), Links.deviceColumns(table), null);
        while (link != null) {
            monitor.setWorkRemaining(10).split(1);
            PageSummary page = fetcher.fetch(context.resolve(link), prefer, reader, writer);
            writer.advance(page.nextLink(), page.deltaToken(), page.highestVersion() > 0 ? page.highestVersion() : null);
            link = page.nextLink();
        }
        if (reconcile) {
            writer.remove(context.store().records().versions(table.eClass()).keySet().stream()
                    .filter(id -> !writer.seen().contains(id)).toList());
        }
        int rows = writer.rows();
        return () -> rows;
    }
}
