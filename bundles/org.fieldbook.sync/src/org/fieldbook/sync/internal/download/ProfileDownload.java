package org.fieldbook.sync.internal.download;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.DeviceTables;
import org.fieldbook.model.offline.DeviceQueries;
import org.fieldbook.model.offline.DownloadOrder;
import org.fieldbook.model.offline.RelativeDates;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.SyncStates;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.SyncLog;

/**
 * The download half of a sync cycle: every table of the device's profile, in {@link DownloadOrder}, each
 * the way its item says (a filter, relationships to tables already in, or all records), each marked done
 * with when it is due again. A device's first download takes today's bookings and what they relate to
 * ahead of the rest.
 */
public final class ProfileDownload {

    /** The column by which the agenda puts a row on a day: it lists each day's bookings by their start. */
    private static final Map<String, String> AGENDA_DAY = Map.of("bookableresourcebooking", "starttime");

    private final SyncContext context;

    public ProfileDownload(SyncContext context) {
        this.context = context;
    }

    /** Downloads every table of the profile; @return rows written */
    public int run(SubMonitor monitor) throws SyncException {
        return run(monitor, false, Optional.empty());
    }

    /**
     * @param dueOnly whether to download only the tables that are due (and those related to them), as a
     *        scheduled cycle does, rather than all
     * @param askedAhead the tables' first reads already asked ahead (with the profile), or empty to ask them now
     * @return rows written
     */
    public int run(SubMonitor monitor, boolean dueOnly, Optional<ReadsAhead> askedAhead) throws SyncException {
        List<Step> steps = steps(dueOnly);
        monitor.setWorkRemaining(steps.size());
        ReadsAhead ahead = askedAhead.isPresent() ? askedAhead.get()
                : ReadsAhead.ask(context.http(), context.serviceRoot(), firstReads(steps));
        List<SyncStates.Completion> completed = new ArrayList<>();
        try {
            return run(steps, ahead, monitor, completed);
        } finally {
            // After the last table, or the failed one: the tables done before it stay done.
            context.store().syncStates().completed(completed);
        }
    }

    private int run(List<Step> steps, ReadsAhead ahead, SubMonitor monitor, List<SyncStates.Completion> completed) throws SyncException {
        int rows = 0;
        List<Finishing> finishing = new ArrayList<>();
        try {
            for (Step step : steps) {
                SubMonitor table = monitor.split(1);
                OfflineProfileItem item = step.item();
                Optional<DataverseTable> known = deviceTable(item.getTableName());
                if (known.isEmpty()) {
                    if (!step.today()) {
                        SyncLog.of(ProfileDownload.class).warn("The offline profile names " + item.getTableName()
                                + ", which this version of Fieldbook does not keep; skipped.");
                    }
                    continue;
                }
                if (!standsAlone(step)) {
                    rows += finish(finishing, completed);
                }
                table.setTaskName((step.today() ? "Downloading today's " : "Downloading ") + known.get().entitySet());
                try {
                    TableDownload download = downloadOf(step, known.get(), ahead);
                    finishing.add(new Finishing(step, start(step, known.get(), download, table)));
                } catch (IllegalArgumentException e) {
                    if (!step.today()) {
                        profileError(item, e);
                    }
                }
            }
            return rows + finish(finishing, completed);
        } finally {
            finishQuietly(finishing, completed);
        }
    }

    /**
     * Whether a step's download may run while the tables before it still finish their bulk loads: a whole table's
     * download needs no other table's rows, unlike a related table's or today's part.
     */
    private static boolean standsAlone(Step step) {
        return !step.today() && step.item().getDownloadFilter() == DownloadFilter.ALL_RECORDS;
    }

    /** A step whose download's writes may still be running. */
    private record Finishing(Step step, TableDownload.Writing writing) {
    }

    /**
     * Waits for the steps' writes, in order, and marks their tables done; each is forgotten before it is waited for.
     *
     * @return rows written
     */
    private int finish(List<Finishing> finishing, List<SyncStates.Completion> completed) throws SyncException {
        int rows = 0;
        while (!finishing.isEmpty()) {
            Finishing next = finishing.remove(0);
            rows += next.writing().await();
            if (!next.step().today()) {
                Instant now = context.clock().instant();
                completed.add(new SyncStates.Completion(next.step().item().getTableName(), now,
                        now.plus(Duration.ofMinutes(next.step().item().effectiveSyncIntervalMinutes()))));
            }
        }
        return rows;
    }

    /** After a failure: no write may outlive the download, and a table written whole stays done. */
    private void finishQuietly(List<Finishing> finishing, List<SyncStates.Completion> completed) {
        while (!finishing.isEmpty()) {
            String table = finishing.get(0).step().item().getTableName();
            try {
                finish(finishing, completed);
            } catch (SyncException | RuntimeException e) {
                SyncLog.of(ProfileDownload.class).warn("Writing " + table + " failed too, after another table's download failed: "
                        + e.getMessage());
            }
        }
    }

    /**
     * Starts a table's download, and runs it once more from where the table stands when Derby rolled its writes back
     * to end a deadlock with another use of the store (such as a bulk load and a query the agenda compiled meanwhile).
     */
    private TableDownload.Writing start(Step step, DataverseTable table, TableDownload download, SubMonitor monitor)
            throws SyncException {
        TableDownload.Writing writing;
        try {
            writing = download.start(monitor);
        } catch (StoreException e) {
            return again(step, table, e, monitor);
        }
        return () -> {
            try {
                return writing.await();
            } catch (StoreException e) {
                return again(step, table, e, monitor).await();
            }
        };
    }

    private TableDownload.Writing again(Step step, DataverseTable table, StoreException e, SubMonitor monitor) throws SyncException {
        if (!e.isDeadlock()) {
            throw e;
        }
        SyncLog.of(ProfileDownload.class).warn("Downloading " + table.logicalName() + " again from where it stood: " + e.getMessage());
        int rows = downloadOf(step, table, ReadsAhead.none()).run(monitor);
        return () -> rows;
    }

    /** @return the download of the step's table: today's part of it, or the whole as its profile item says */
    private TableDownload downloadOf(Step step, DataverseTable table, ReadsAhead ahead) {
        return step.today() ? todaysPart(step.item(), table) : download(step.item(), table, ahead);
    }

    /**
     * The first reads of every table as the store stands now, to ask ahead in one batch: the listings of the
     * filtered and related-only tables and the deltas of the all-records tables. A related-only table's
     * listing depends on the tables before it; when they bring no change it is the one asked ahead, else the
     * table asks its own at its turn. A device's first sync (today's part first) asks none ahead: there is
     * little to list, and today's agenda comes first.
     */
    public List<ReadsAhead.Read> firstReads(boolean dueOnly) {
        return firstReads(steps(dueOnly));
    }

    private List<Step> steps(boolean dueOnly) {
        Instant start = context.clock().instant();
        Set<String> due = DueTables.of(context.device().profile(), table -> {
            Instant next = context.store().syncStates().get(table).nextDue();
            return next == null || !next.isAfter(start);
        });
        return withTodayFirst(DownloadOrder.of(context.device().profile(), context.schema()).stream()
                .filter(item -> !dueOnly || due.contains(item.getTableName())).toList());
    }

    private List<ReadsAhead.Read> firstReads(List<Step> steps) {
        List<ReadsAhead.Read> reads = new ArrayList<>();
        if (steps.stream().anyMatch(Step::today)) {
            return reads;
        }
        for (Step step : steps) {
            Optional<DataverseTable> known = deviceTable(step.item().getTableName());
            try {
                known.ifPresent(table -> reads.addAll(download(step.item(), table, ReadsAhead.none()).firstReads()));
            } catch (IllegalArgumentException e) {
                // a profile error, reported at the table's turn
            }
        }
        return reads;
    }

    /** A step of the download: a whole table, or the part of it today's agenda needs. */
    private record Step(OfflineProfileItem item, boolean today) {
    }

    /**
     * On a device that has never had its whole booking window, today's bookings and the rows related to them
     * come first, so today's agenda is complete while the rest of the window still arrives. The whole tables
     * follow as always; rows already in at the same version are not fetched again.
     */
    private List<Step> withTodayFirst(List<OfflineProfileItem> items) {
        List<Step> steps = new ArrayList<>();
        for (OfflineProfileItem item : items) {
            if (DownloadOrder.isFiltered(item) && AGENDA_DAY.containsKey(item.getTableName())
                    && context.store().syncStates().get(item.getTableName()).lastSuccess() == null) {
                steps.add(new Step(item, true));
                items.stream().filter(DownloadOrder::isRelatedOnly).forEach(related -> steps.add(new Step(related, true)));
            }
            steps.add(new Step(item, false));
        }
        return steps;
    }

    /** @return a download of the rows of the item's own filter or relationships that today's agenda needs */
    private TableDownload todaysPart(OfflineProfileItem item, DataverseTable table) {
        List<String> filters = filters(item, table);
        if (DownloadOrder.isRelatedOnly(item)) {
            return KeyedDownload.part(context, table, filters);
        }
        String today = RelativeDates.today(AGENDA_DAY.get(item.getTableName()), context.clock());
        String own = filters.get(0);
        return KeyedDownload.part(context, table, List.of(own == null ? today : "(" + own + ") and " + today));
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
                .filter(table -> DeviceTables.onDevices(table.eClass()));
    }

    private TableDownload download(OfflineProfileItem item, DataverseTable table, ReadsAhead ahead) {
        if (item.getDownloadFilter() == DownloadFilter.ALL_RECORDS) {
            return new AllRecordsDownload(context, table, ahead);
        }
        return new KeyedDownload(context, table, filters(item, table), ahead);
    }

    private List<String> filters(OfflineProfileItem item, DataverseTable table) {
        return DeviceQueries.filters(item, table, context.device().caller(), new StoreHeld(), context.clock());
    }

    /** What the store holds, of the tables a device keeps. */
    private final class StoreHeld implements DeviceQueries.Held {

        @Override
        public Set<String> referencedKeys(String table, String lookupColumn) {
            return deviceTable(table).map(from -> context.store().records().referencedKeys(from.eClass(), lookupColumn)).orElse(Set.of());
        }

        @Override
        public Set<String> keys(String table) {
            return deviceTable(table).map(to -> context.store().records().versions(to.eClass()).keySet()).orElse(Set.of());
        }
    }
}
