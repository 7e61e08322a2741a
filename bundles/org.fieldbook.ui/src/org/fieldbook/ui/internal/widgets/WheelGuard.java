package org.fieldbook.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Spinner;

/**
 * A wheel notch or a scrolling finger over a control that holds a value (a combo, spinner, scale, slider or
 * date) never changes that value: the toolkit would, and one notch over the booking status while scrolling
 * the form cancelled a booking. The event is stopped before the control sees it and the form around the
 * control scrolls instead, as the technician meant.
 */
public final class WheelGuard implements Listener {

    /** Pixels the form scrolls per wheel count: a notch is three counts, about one finger-sized row. */
    private static final int PIXELS_PER_COUNT = TouchSize.MIN_HEIGHT / 3;

    private WheelGuard() {
    }

    /** Guards every control of the display, those made later included; once, however often it is called. */
    public static void install(Display display) {
        if (display.getData(WheelGuard.class.getName()) != null) {
            return;
        }
        WheelGuard guard = new WheelGuard();
        display.setData(WheelGuard.class.getName(), guard);
        display.addFilter(SWT.MouseWheel, guard);
        display.addFilter(SWT.MouseVerticalWheel, guard);
        display.addFilter(SWT.MouseHorizontalWheel, guard);
    }

    @Override
    public void handleEvent(Event event) {
        if (event.widget instanceof Control control && holdsAValue(control)) {
            event.doit = false;
            if (event.type == SWT.MouseWheel) {
                scrollForm(control, event.count);
            }
        }
    }

    static boolean holdsAValue(Control control) {
        return control instanceof Combo || control instanceof CCombo || control instanceof Spinner || control instanceof Scale
                || control instanceof Slider || control instanceof DateTime;
    }

    private static void scrollForm(Control control, int count) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite form) {
                Point origin = form.getOrigin();
                form.setOrigin(origin.x, Math.max(0, origin.y - count * PIXELS_PER_COUNT));
                return;
            }
        }
    }
}
