package org.fieldbook.tests.common.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

/** A table found by {@link UiBot}, virtual or not; reading a cell makes a virtual table fill its row. */
public final class UiTable {

    private final UiBot bot;
    private final Table widget;

    UiTable(UiBot bot, Table widget) {
        this.bot = bot;
        this.widget = widget;
    }

    public int rowCount() {
        return bot.syncExec(widget::getItemCount);
    }

    public String cell(int row, int column) {
        return bot.syncExec(() -> widget.getItem(row).getText(column));
    }

    /** Selects the row as a tap does, sending the selection event with its item. */
    public UiTable select(int row) {
        bot.syncExec(() -> {
            widget.setFocus();
            widget.setSelection(row);
            Event event = new Event();
            event.item = widget.getItem(row);
            widget.notifyListeners(SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** @return the first row whose {@code column} shows {@code text}, or -1 */
    public int indexOf(String text, int column) {
        return bot.syncExec(() -> {
            for (int row = 0; row < widget.getItemCount(); row++) {
                if (text.equals(widget.getItem(row).getText(column))) {
                    return row;
                }
            }
            return -1;
        });
    }

    public Table widget() {
        return widget;
    }
}
