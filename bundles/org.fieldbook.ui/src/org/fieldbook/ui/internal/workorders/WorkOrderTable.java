package org.fieldbook.ui.internal.workorders;

import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fieldbook.store.WorkOrderSummary;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/**
 * The work order list as a virtual table: SWT asks for the rows it shows and nothing else, so 100,000
 * work orders cost what a screenful costs. Rows are touch-sized.
 */
final class WorkOrderTable {

    static final String LOADING = "Loading\u2026";
    private static final String[] COLUMNS = { "Number", "Status", "Priority", "Account", "Address" };
    private static final int[] WIDTHS = { 160, 150, 110, 280, 360 };

    private WorkOrderTable() {
    }

    /** @return a virtual table whose rows come from {@code rows}, null meaning "still loading" */
    static Table create(Composite parent, IntFunction<WorkOrderSummary> rows) {
        Table table = UiFonts.body(new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.MeasureItem, event -> event.height = Math.max(event.height, TouchSize.MIN_HEIGHT));
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, rows.apply(event.index)));
        return table;
    }

    /** @return the work order a row shows, or null while it loads */
    static WorkOrderSummary summary(TableItem item) {
        return (WorkOrderSummary) item.getData();
    }

    private static void fill(TableItem item, WorkOrderSummary row) {
        item.setData(row);
        if (row == null) {
            item.setText(0, LOADING);
            return;
        }
        item.setText(new String[] { text(row.number()), row.systemStatus() == null ? "" : row.systemStatus().getLiteral(),
                row.priority() == null ? "" : row.priority().getLiteral(), text(row.accountName()), text(row.address()) });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
