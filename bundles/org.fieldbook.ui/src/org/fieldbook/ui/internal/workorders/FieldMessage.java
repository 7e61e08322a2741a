package org.fieldbook.ui.internal.workorders;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.UiFonts;

/** The line beside a field that says why its value was refused; red, and always with words. */
final class FieldMessage {

    private final Label label;

    FieldMessage(Composite parent, String id, int columns) {
        label = WidgetIds.name(UiFonts.body(new Label(parent, SWT.WRAP)), id);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
    }

    /** Puts the message after the controls created since, so it ends its row of the grid. */
    void moveToEnd() {
        label.moveBelow(null);
    }

    void show(List<String> problems) {
        set("Not saved: " + String.join("; ", problems));
    }

    void clear() {
        set("");
    }

    private void set(String text) {
        if (label.isDisposed() || text.equals(label.getText())) {
            return;
        }
        label.setText(text);
        label.setVisible(!text.isEmpty());
        ((GridData) label.getLayoutData()).exclude = text.isEmpty();
        label.requestLayout();
    }
}
