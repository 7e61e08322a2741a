package org.fieldbook.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.fieldbook.ui.WidgetIds;

/** Controls a finger can hit on a tablet: at least {@value #MIN_HEIGHT} px high, never hover-only. */
public final class Touch {

    /** The smallest hit target, in pixels at 100 % scaling. */
    public static final int MIN_HEIGHT = 44;

    private Touch() {
    }

    /** @param style {@link SWT#PUSH}, {@link SWT#RADIO}… */
    public static Button button(Composite parent, int style, String text, String id) {
        Button button = WidgetIds.name(new Button(parent, style), id);
        button.setText(text);
        GridData size = new GridData(SWT.DEFAULT, MIN_HEIGHT);
        size.minimumWidth = MIN_HEIGHT * 2;
        button.setLayoutData(size);
        return button;
    }
}
