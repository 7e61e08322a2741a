package org.fieldbook.tests.common.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** A text field found by {@link UiBot}. */
public final class UiText {

    private final UiBot bot;
    private final Text widget;

    UiText(UiBot bot, Text widget) {
        this.bot = bot;
        this.widget = widget;
    }

    /** Replaces the field's content, firing the modify events typing fires. */
    public UiText setText(String text) {
        bot.syncExec(() -> {
            widget.setFocus();
            widget.setText(text);
            return null;
        });
        return this;
    }

    /** Presses Enter in a single-line field: its default selection, as a real key press sends. */
    public UiText pressEnter() {
        bot.syncExec(() -> {
            widget.notifyListeners(SWT.DefaultSelection, new Event());
            return null;
        });
        return this;
    }

    public String text() {
        return bot.syncExec(widget::getText);
    }
}
