package org.fieldbook.ui.internal.agenda;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fieldbook.ui.WidgetIds;

/**
 * The coloured edge of a booking card with its status icon. It paints itself, so a theme's stylesheet
 * (which sets the backgrounds of composites and labels) cannot wash the status colour out.
 */
final class StatusBand {

    static final String ID_PREFIX = "agenda.status.";
    static final int WIDTH = 56;
    private static final int ICON = 24;

    private StatusBand() {
    }

    static Canvas create(Composite card, String bookingId, StatusLook look, String statusName) {
        Canvas band = WidgetIds.name(new Canvas(card, SWT.NONE), ID_PREFIX + bookingId);
        band.setToolTipText(statusName);
        band.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = statusName;
            }
        });
        GridData data = new GridData(SWT.BEGINNING, SWT.FILL, false, true);
        data.widthHint = WIDTH;
        data.heightHint = WIDTH;
        band.setLayoutData(data);
        band.addPaintListener(event -> paint(event.gc, band.getClientArea(), look));
        return band;
    }

    private static void paint(GC gc, Rectangle area, StatusLook look) {
        Color colour = new Color(look.colour());
        Color icon = new Color(StatusLook.ICON);
        gc.setBackground(colour);
        gc.fillRectangle(area);
        colour.dispose();
        gc.setForeground(icon);
        gc.setBackground(icon);
        StatusLook.prepare(gc, ICON);
        Rectangle box = iconBounds(area);
        look.drawIcon(gc, box.x, box.y, box.width);
        icon.dispose();
    }

    /** @return the square the icon is drawn in: centred, near the top of a tall card */
    static Rectangle iconBounds(Rectangle area) {
        return new Rectangle(area.x + (area.width - ICON) / 2, area.y + Math.min(ICON / 2, (area.height - ICON) / 2), ICON, ICON);
    }
}
