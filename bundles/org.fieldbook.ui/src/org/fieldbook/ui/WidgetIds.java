package org.fieldbook.ui;

import org.eclipse.swt.widgets.Widget;

/** Names for widgets that tests and accessibility tools look up, under SWTBot's convention of a data key. */
public final class WidgetIds {

    /** Data key of a widget's id; the same key the UI test helper searches. */
    public static final String KEY = "org.fieldbook.widget.id";

    private WidgetIds() {
    }

    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
