package org.fieldbook.ui.internal.workorders;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.WorkOrderQuery;
import org.fieldbook.store.WorkOrderSummary;
import org.fieldbook.ui.internal.widgets.UiThread;

/**
 * The rows of one query for a virtual table, read a page at a time in jobs as the table asks for them.
 * Only recently shown pages are kept, so scrolling through 100,000 work orders holds a few hundred.
 * Used on the UI thread only; {@link #dispose()} drops pages still being read.
 */
final class WorkOrderPages {

    static final int PAGE_SIZE = 100;
    private static final int KEPT_PAGES = 20;

    private final LocalStore store;
    private final WorkOrderQuery query;
    private final Table table;
    private final Map<Integer, List<WorkOrderSummary>> pages = new LinkedHashMap<>(KEPT_PAGES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<WorkOrderSummary>> eldest) {
            return size() > KEPT_PAGES;
        }
    };
    private final Map<Integer, Job> reading = new HashMap<>();
    private boolean disposed;

    WorkOrderPages(LocalStore store, WorkOrderQuery query, Table table) {
        this.store = store;
        this.query = query;
        this.table = table;
    }

    /** @return the row at {@code index}, or null while its page is being read (the table is refreshed then) */
    WorkOrderSummary row(int index) {
        int page = index / PAGE_SIZE;
        List<WorkOrderSummary> rows = pages.get(page);
        if (rows == null) {
            read(page);
            return null;
        }
        int offset = index % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    void dispose() {
        disposed = true;
        reading.values().forEach(Job::cancel);
        reading.clear();
    }

    private void read(int page) {
        if (!reading.containsKey(page)) {
            Job job = new PageJob(page);
            reading.put(page, job);
            job.schedule();
        }
    }

    private void arrived(int page, List<WorkOrderSummary> rows) {
        reading.remove(page);
        if (disposed) {
            return;
        }
        pages.put(page, rows);
        int first = page * PAGE_SIZE;
        int last = Math.min(first + PAGE_SIZE, table.getItemCount()) - 1;
        if (last >= first) {
            table.clear(first, last);
        }
    }

    /** Reads one page; its result is dropped when the query was replaced meanwhile. */
    private final class PageJob extends Job {

        private final int page;

        PageJob(int page) {
            super("Reading work orders");
            this.page = page;
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            try {
                List<WorkOrderSummary> rows = store.workOrders().find(query.page(page * PAGE_SIZE));
                UiThread.later(table, () -> arrived(page, rows));
            } catch (RuntimeException e) {
                ILog.of(WorkOrderPages.class).error("Cannot read work orders", e);
            }
            return Status.OK_STATUS;
        }
    }
}
