package org.fieldbook.sync.internal.download;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.SyncLog;

/**
 * The download half of a sync cycle: every table of the device's profile, in {@link DownloadOrder}, each
 * the way its item says (a filter, relationships to tables already in, or all records), each marked done
 * with when it is due again.
 */
public final class ProfileDownload {

    private final SyncContext context;
    private final RecordTables onDevice;

    public ProfileDownload(SyncContext context) {
        this.context = context;
        this.onDevice = new RecordTables(context.schema());
    }

    /** Downloads every table of the profile; @return rows written */
    public int run(SubMonitor monitor) throws SyncException {
        return run(monitor, false);
    }

    /**
     * @param dueOnly whether to download only the tables that are due (and those related to them), as a
     *        scheduled cycle does, rather than all
     * @return rows written
     */
    public int run(SubMonitor monitor, boolean dueOnly) throws SyncException {
        Instant start = context.clock().instant();
        Set<String> due = DueTables.of(context.device().profile(), table -> {
            Instant next = context.store().syncStates().get(table).nextDue();
            return next == null || !next.isAfter(start);
        });
        List<OfflineProfileItem> items = DownloadOrder.of(context.device().profile()).stream()
                .filter(item -> !dueOnly || due.contains(item.getTableName())).toList();
        monitor.setWorkRemaining(items.size());
        int rows = 0;
        for (OfflineProfileItem item : items) {
            SubMonitor table = monitor.split(1);
            Optional<DataverseTable> known = deviceTable(item.getTableName());
            if (known.isEmpty()) {
                SyncLog.of(ProfileDownload.class).warn("The offline profile names " + item.getTableName()
                        + ", which this version of Fieldbook does not keep; skipped.");
                continue;
            }
            table.setTaskName("Downloading " + known.get().entitySet());
            TableDownload download;
            try {
                download = download(item, known.get());
            } catch (IllegalArgumentException e) {
                profileError(item, e);
                continue;
            }
            rows += download.run(table);
            Instant now = context.clock().instant();
            context.store().syncStates().completed(item.getTableName(), now,
                    now.plus(Duration.ofMinutes(item.effectiveSyncIntervalMinutes())));
        }
        return rows;
    }

    /** A filter the device cannot use: the table is skipped and the technician told, the rest syncs. */
    private void profileError(OfflineProfileItem item, IllegalArgumentException e) {
        SyncLog.of(ProfileDownload.class).warn("Offline profile error for " + item.getTableName() + ": " + e.getMessage());
        SyncError error = FieldbookFactory.eINSTANCE.createSyncError();
        error.setTableName(item.getTableName());
        error.setErrorType(SyncErrorType.OTHER);
        error.setMessage("The offline profile's filter for " + item.getTableName() + " cannot be used, so it was not"
                + " downloaded: " + e.getMessage() + ". Ask an administrator to fix the profile.");
        context.store().syncErrors().add(error);
    }

    private Optional<DataverseTable> deviceTable(String logicalName) {
        return context.schema().byLogicalName(logicalName)
                .filter(table -> onDevice.all().stream().anyMatch(mapping -> mapping.eClass() == table.eClass()));
    }

    private TableDownload download(OfflineProfileItem item, DataverseTable table) {
        if (item.getDownloadFilter() == DownloadFilter.ALL_RECORDS) {
            return new AllRecordsDownload(context, table);
        }
        if (item.getDownloadFilter() == DownloadFilter.RELATED_ONLY) {
            return new KeyedDownload(context, table, relatedFilters(item, table));
        }
        String filter = item.getCustomFilter() == null ? null : RelativeDates.resolve(item.getCustomFilter(), context.clock());
        return new KeyedDownload(context, table, Collections.singletonList(filter));
    }

    /**
     * @return filters for the rows related to what the device holds: rows other tables point at, and rows
     *         pointing at rows of other tables, by each relationship; keys that several relationships give
     *         (two tables pointing at the same incident type) are asked for once
     */
    private List<String> relatedFilters(OfflineProfileItem item, DataverseTable table) {
        Map<String, SortedSet<String>> keysByColumn = new LinkedHashMap<>();
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            if (relationship.getToTable().equals(item.getTableName())) {
                deviceTable(relationship.getFromTable()).ifPresent(from -> keys(keysByColumn, table.keyColumn())
                        .addAll(context.store().records().referencedKeys(from.eClass(), relationship.getLookupColumn())));
            } else if (relationship.getFromTable().equals(item.getTableName())) {
                deviceTable(relationship.getToTable()).ifPresent(to -> keys(keysByColumn, relationship.getLookupColumn())
                        .addAll(context.store().records().versions(to.eClass()).keySet()));
            }
        }
        List<String> filters = new ArrayList<>();
        keysByColumn.forEach((column, keys) -> filters.addAll(anyOf(column, List.copyOf(keys))));
        return filters;
    }

    private static SortedSet<String> keys(Map<String, SortedSet<String>> keysByColumn, String column) {
        return keysByColumn.computeIfAbsent(column, any -> new TreeSet<>());
    }

    private static List<String> anyOf(String column, List<String> keys) {
        return KeyedDownload.chunks(keys.stream().sorted().toList()).stream().map(chunk -> KeyedDownload.anyOf(column, chunk))
                .toList();
    }
}
