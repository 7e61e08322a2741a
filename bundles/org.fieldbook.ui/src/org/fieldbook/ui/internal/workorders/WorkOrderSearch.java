package org.fieldbook.ui.internal.workorders;

import java.util.function.IntConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.fieldbook.ui.internal.widgets.UiThread;

/**
 * Runs the list's query a moment after the technician stops typing, counts the matches in a job and
 * feeds the virtual table from {@link WorkOrderPages}. A newer query cancels the older one and its late
 * results are dropped, so the list never shows a stale search. Used on the UI thread only.
 */
final class WorkOrderSearch {

    /** How long typing must pause before the store is asked. */
    static final int DEBOUNCE_MILLIS = 150;

    private final LocalStore store;
    private final Table table;
    private final IntConsumer counted;
    private final Runnable runPending = this::run;
    private WorkOrderQuery pending;
    private WorkOrderPages pages;
    private Job counting;
    private int generation;

    WorkOrderSearch(LocalStore store, Table table, IntConsumer counted) {
        this.store = store;
        this.table = table;
        this.counted = counted;
        table.addDisposeListener(event -> stop());
    }

    /** Runs {@code query} once no newer request comes within {@link #DEBOUNCE_MILLIS}. */
    void request(WorkOrderQuery query) {
        pending = query;
        table.getDisplay().timerExec(-1, runPending);
        table.getDisplay().timerExec(DEBOUNCE_MILLIS, runPending);
    }

    /** @return the row at {@code index} of the current result, or null while it is being read */
    WorkOrderSummary row(int index) {
        return pages == null ? null : pages.row(index);
    }

    private void run() {
        if (table.isDisposed()) {
            return;
        }
        stop();
        int mine = ++generation;
        WorkOrderQuery query = pending;
        counting = Job.create("Searching work orders", monitor -> {
            try {
                int count = store.workOrders().count(query);
                UiThread.later(table, () -> {
                    if (mine == generation) {
                        show(query, count);
                    }
                });
            } catch (RuntimeException e) {
                ILog.of(WorkOrderSearch.class).error("Cannot search work orders", e);
            }
            return Status.OK_STATUS;
        });
        counting.setSystem(true);
        counting.schedule();
    }

    private void show(WorkOrderQuery query, int count) {
        pages = new WorkOrderPages(store, query, table);
        table.setItemCount(count);
        table.clearAll();
        counted.accept(count);
    }

    private void stop() {
        if (counting != null) {
            counting.cancel();
        }
        if (pages != null) {
            pages.dispose();
            pages = null;
        }
    }
}
