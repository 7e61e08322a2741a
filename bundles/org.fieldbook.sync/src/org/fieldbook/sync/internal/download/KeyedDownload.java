package org.fieldbook.sync.internal.download;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.offline.DeviceQueries;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.json.PageConsumer;
import org.fieldbook.sync.internal.json.PageSummary;
import org.fieldbook.sync.internal.json.RecordPageReader;

/**
 * A table whose rows are chosen by a filter (the booking window) or by relationships (the work orders of
 * those bookings, and so on). Change tracking refuses filters, so the table is reconciled by key and
 * version: the server lists the keys and versions of the rows that belong on the device, the device fetches
 * only the rows that are new or changed, and removes the ones that no longer belong (unless they carry
 * local edits).
 */
final class KeyedDownload implements TableDownload {

    private static final int BATCH = 500;

    private final SyncContext context;
    private final DataverseTable table;
    private final List<String> filters;
    private final boolean wholeTable;
    private final PageFetcher fetcher;

    /**
     * @param filters conditions whose matching rows, together, belong on the device; none means none do
     * @param ahead the reads asked ahead, of which the key-and-version listings may be
     */
    KeyedDownload(SyncContext context, DataverseTable table, List<String> filters, ReadsAhead ahead) {
        this(context, table, filters, true, ahead);
    }

    private KeyedDownload(SyncContext context, DataverseTable table, List<String> filters, boolean wholeTable, ReadsAhead ahead) {
        this.context = context;
        this.table = table;
        this.filters = filters;
        this.wholeTable = wholeTable;
        this.fetcher = new PageFetcher(context, ahead);
    }

    /**
     * @param filters conditions choosing a part of the rows that belong on the device (today's bookings)
     * @return a download that brings that part up to date and removes nothing, ahead of the whole table's
     */
    static KeyedDownload part(SyncContext context, DataverseTable table, List<String> filters) {
        return new KeyedDownload(context, table, filters, false, ReadsAhead.none());
    }

    /** @return the key-and-version listings, one for each filter */
    @Override
    public List<ReadsAhead.Read> firstReads() {
        return filters.stream().map(filter -> new ReadsAhead.Read(listing(filter), PageFetcher.PAGE_SIZE)).toList();
    }

    @Override
    public int run(SubMonitor monitor) throws SyncException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        Map<String, Long> remote = remoteVersions(progress.split(1));
        Map<String, Long> local = context.store().records().versions(table.eClass());
        List<String> changed = remote.entrySet().stream().filter(row -> !Objects.equals(local.get(row.getKey()), row.getValue()))
                .map(Map.Entry::getKey).toList();
        StoreWriter writer = new StoreWriter(context.store().downloads(), table.eClass(), null, false);
        RecordPageReader reader = new RecordPageReader(table, BATCH);
        SubMonitor fetching = progress.split(1).setWorkRemaining(DeviceQueries.chunks(changed).size());
        for (List<String> keys : DeviceQueries.chunks(changed)) {
            readAll(Links.query(table.entitySet(), Links.deviceColumns(table), DeviceQueries.anyOf(table.keyColumn(), keys)), reader, writer);
            fetching.split(1);
        }
        if (wholeTable) {
            writer.remove(local.keySet().stream().filter(id -> !remote.containsKey(id)).toList());
        }
        progress.split(1);
        return writer.rows();
    }

    private Map<String, Long> remoteVersions(SubMonitor monitor) throws SyncException {
        Map<String, Long> versions = new HashMap<>();
        RecordPageReader reader = new RecordPageReader(table, BATCH);
        PageConsumer collect = new PageConsumer() {
            @Override
            public void rows(List<Record> rows) {
                rows.forEach(row -> versions.put(row.getId(), row.getVersionNumber()));
            }

            @Override
            public void deleted(List<String> ids) {
                // A filtered query lists no deletions.
            }
        };
        monitor.setWorkRemaining(filters.size());
        for (String filter : filters) {
            readAll(listing(filter), reader, collect);
            monitor.split(1);
        }
        return versions;
    }

    private String listing(String filter) {
        return Links.query(table.entitySet(), table.keyColumn() + ",versionnumber", filter);
    }

    private void readAll(String link, RecordPageReader reader, PageConsumer consumer) throws SyncException {
        String next = link;
        while (next != null) {
            PageSummary page = fetcher.fetch(context.resolve(next), PageFetcher.PAGE_SIZE, reader, consumer);
            next = page.nextLink();
        }
    }
}
