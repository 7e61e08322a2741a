package org.fieldbook.ui.internal.workorders;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fieldbook.ui.WidgetIds;
import org.fieldbook.ui.internal.widgets.TouchSize;
import org.fieldbook.ui.internal.widgets.UiFonts;

/** The few widget shapes the form repeats: sections, labels, touch-sized buttons. */
final class FormWidgets {

    private static final String NUMBER_WIDTH = "000000.0";

    private FormWidgets() {
    }

    /** @return a titled section filling the form's width, laid out in {@code columns} columns */
    static Composite section(Composite form, String title, int columns) {
        Label heading = new Label(form, SWT.NONE);
        heading.setText(title);
        heading.setFont(UiFonts.title(heading));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite section = new Composite(form, SWT.NONE);
        section.setLayout(new GridLayout(columns, false));
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return section;
    }

    static Label label(Composite parent, String text) {
        Label label = UiFonts.body(new Label(parent, SWT.NONE));
        label.setText(text == null ? "" : text);
        return label;
    }

    /** A label and its value, in two grid cells. */
    static Label fact(Composite parent, String name, String value) {
        label(parent, name);
        Label shown = label(parent, value == null || value.isBlank() ? "\u2014" : value);
        shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return shown;
    }

    /** @return a touch-sized field for a number, wide enough for a few digits */
    static Text numberField(Composite parent, String id) {
        Text field = TouchSize.grid(WidgetIds.name(UiFonts.body(new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.RIGHT)), id), false);
        GC gc = new GC(field);
        ((GridData) field.getLayoutData()).widthHint = gc.textExtent(NUMBER_WIDTH).x;
        gc.dispose();
        return field;
    }

    static Button button(Composite parent, String text, String tooltip, Runnable action) {
        return button(parent, text, tooltip, (Button pressed) -> action.run());
    }

    /** A touch-sized button whose action gets the button, e.g. to turn it off while the action runs. */
    static Button button(Composite parent, String text, String tooltip, Consumer<Button> action) {
        Button button = UiFonts.body(new Button(parent, SWT.PUSH));
        button.setText(text);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, event -> action.accept(button));
        return TouchSize.grid(button, false);
    }
}
