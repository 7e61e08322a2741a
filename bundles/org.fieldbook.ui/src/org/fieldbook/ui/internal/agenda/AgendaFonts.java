package org.fieldbook.ui.internal.agenda;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;

/** Larger type for headings, readable at arm's length; disposed with the control that shows it. */
final class AgendaFonts {

    private static final int TITLE_SCALE_PERCENT = 160;

    private AgendaFonts() {
    }

    static Font title(Control control) {
        FontData[] data = control.getFont().getFontData();
        for (FontData font : data) {
            font.setHeight(font.getHeight() * TITLE_SCALE_PERCENT / 100);
            font.setStyle(SWT.BOLD);
        }
        Font font = new Font(control.getDisplay(), data);
        control.addDisposeListener(event -> font.dispose());
        return font;
    }
}
