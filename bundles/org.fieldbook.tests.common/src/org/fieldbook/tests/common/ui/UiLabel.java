package org.fieldbook.tests.common.ui;

import org.eclipse.swt.widgets.Label;

/** A label found by {@link UiBot}. */
public final class UiLabel {

    private final UiBot bot;
    private final Label widget;

    UiLabel(UiBot bot, Label widget) {
        this.bot = bot;
        this.widget = widget;
    }

    public String text() {
        return bot.syncExec(widget::getText);
    }

    public boolean isVisible() {
        return bot.syncExec(widget::isVisible);
    }

    public Label widget() {
        return widget;
    }
}
