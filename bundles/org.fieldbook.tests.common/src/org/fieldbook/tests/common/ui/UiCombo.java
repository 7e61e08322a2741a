package org.fieldbook.tests.common.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/** A combo box found by {@link UiBot}. */
public final class UiCombo {

    private final UiBot bot;
    private final Combo widget;

    UiCombo(UiBot bot, Combo widget) {
        this.bot = bot;
        this.widget = widget;
    }

    public List<String> items() {
        return bot.syncExec(() -> List.of(widget.getItems()));
    }

    public String selection() {
        return bot.syncExec(widget::getText);
    }

    /** Chooses the entry showing {@code text}, sending the selection event a real choice sends. */
    public UiCombo setSelection(String text) {
        bot.syncExec(() -> {
            int index = widget.indexOf(text);
            if (index < 0) {
                throw new AssertionError("No entry '" + text + "' in " + List.of(widget.getItems()));
            }
            widget.setFocus();
            widget.select(index);
            widget.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        return this;
    }

    public boolean isEnabled() {
        return bot.syncExec(widget::isEnabled);
    }
}
