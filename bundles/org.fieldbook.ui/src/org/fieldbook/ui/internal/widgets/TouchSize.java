package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;

/** Hit targets a finger can meet: at least 44 px high at 100 % scaling (the DESIGN's rule). */
public final class TouchSize {

    /** The smallest height of anything the technician taps. */
    public static final int MIN_HEIGHT = 44;

    private TouchSize() {
    }

    /**
     * Lays {@code control} out in a grid cell at least {@link #MIN_HEIGHT} high and, unless it {@code grab}s
     * spare width, at least as wide. A combo's width instead follows its entries at layout time: they are
     * usually added after this call, and a width fixed now would cut them to a letter.
     */
    public static <C extends Control> C grid(C control, boolean grab) {
        GridData data = new GridData(grab ? SWT.FILL : SWT.BEGINNING, SWT.FILL, grab, false);
        Point size = control.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        data.heightHint = Math.max(MIN_HEIGHT, size.y);
        data.widthHint = grab || control instanceof Combo ? SWT.DEFAULT : Math.max(MIN_HEIGHT, size.x);
        data.minimumWidth = MIN_HEIGHT;
        control.setLayoutData(data);
        return control;
    }
}
