package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;

/** Larger type, readable at arm's length; each font is disposed with the control that shows it. */
public final class UiFonts {

    private static final int TITLE_SCALE_PERCENT = 160;
    private static final int BODY_SCALE_PERCENT = 125;

    private UiFonts() {
    }

    /** @return a bold heading font for {@code control} */
    public static Font title(Control control) {
        return scaled(control, TITLE_SCALE_PERCENT, SWT.BOLD);
    }

    /** Gives {@code control} body text a quarter larger than the platform's default. */
    public static <C extends Control> C body(C control) {
        control.setFont(scaled(control, BODY_SCALE_PERCENT, SWT.NORMAL));
        return control;
    }

    private static Font scaled(Control control, int percent, int style) {
        FontData[] data = control.getFont().getFontData();
        for (FontData font : data) {
            font.setHeight(font.getHeight() * percent / 100);
            font.setStyle(style);
        }
        Font font = new Font(control.getDisplay(), data);
        control.addDisposeListener(event -> font.dispose());
        return font;
    }
}
