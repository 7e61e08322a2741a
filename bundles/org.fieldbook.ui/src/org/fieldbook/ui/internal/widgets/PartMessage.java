package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.ui.WidgetIds;

/** The line at the top of a list part that says what it holds, or that it is still reading. */
public final class PartMessage {

    private PartMessage() {
    }

    /** @return a wrapping, full-width label in {@code parent}'s grid, named {@code id}, saying {@code text} */
    public static Label create(Composite parent, String id, String text) {
        Label message = WidgetIds.name(new Label(parent, SWT.WRAP), id);
        message.setText(text);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return message;
    }
}
