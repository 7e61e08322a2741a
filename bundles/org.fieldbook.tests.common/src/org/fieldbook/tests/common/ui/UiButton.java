package org.fieldbook.tests.common.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * A button or check box found by {@link UiBot}; {@link #click()} does what a real click does (a check box
 * toggles first) and sends its selection event.
 */
public final class UiButton {

    private final UiBot bot;
    private final Button widget;

    UiButton(UiBot bot, Button widget) {
        this.bot = bot;
        this.widget = widget;
    }

    public UiButton click() {
        bot.waitUntil(() -> widget.isEnabled(), "button '" + widget.getText() + "' to be enabled");
        bot.syncExec(() -> {
            widget.setFocus();
            if ((widget.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
                widget.setSelection(!widget.getSelection());
            }
            widget.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        return this;
    }

    /** Checks a radio button and unchecks its siblings, as a tap does, then sends the selection. */
    public UiButton select() {
        bot.syncExec(() -> {
            for (Control sibling : widget.getParent().getChildren()) {
                if (sibling instanceof Button radio && (radio.getStyle() & SWT.RADIO) != 0) {
                    radio.setSelection(radio == widget);
                }
            }
            widget.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        return this;
    }

    public boolean isSelected() {
        return bot.syncExec(widget::getSelection);
    }

    public String text() {
        return bot.syncExec(widget::getText);
    }

    public boolean isChecked() {
        return bot.syncExec(widget::getSelection);
    }

    public boolean isEnabled() {
        return bot.syncExec(widget::isEnabled);
    }
}
