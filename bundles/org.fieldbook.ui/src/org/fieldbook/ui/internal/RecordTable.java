package org.fieldbook.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fieldbook.ui.WidgetIds;

/**
 * A list of records with a row per record, rows tall enough to tap, and the selection as a record rather than
 * an index.
 */
public final class RecordTable<T> {

    private final Table table;
    private final Function<T, String> key;
    private final Function<T, String[]> cells;
    private final List<T> rows = new ArrayList<>();

    /**
     * @param key what identifies a record across reads, to keep it selected
     * @param cells one text per column, in the order of {@code columns}
     */
    public RecordTable(Composite parent, String id, List<String> columns, Function<T, String> key, Function<T, String[]> cells) {
        this.key = key;
        this.cells = cells;
        table = WidgetIds.name(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MeasureItem, event -> event.height = Math.max(event.height, Touch.MIN_HEIGHT));
        columns.forEach(name -> new TableColumn(table, SWT.NONE).setText(name));
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** Shows {@code records}, keeping the selected one selected when it is still there, else the first. */
    public void show(List<T> records) {
        Optional<String> selected = selected().map(key);
        rows.clear();
        rows.addAll(records);
        table.removeAll();
        records.forEach(record -> new TableItem(table, SWT.NONE).setText(cells.apply(record)));
        List<String> keys = records.stream().map(key).toList();
        table.select(Math.max(0, selected.map(keys::indexOf).orElse(0)));
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    public Optional<T> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= rows.size() ? Optional.empty() : Optional.of(rows.get(index));
    }

    public void onSelect(Runnable action) {
        table.addListener(SWT.Selection, event -> action.run());
    }

    public Table widget() {
        return table;
    }
}
