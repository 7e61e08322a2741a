package org.fieldbook.ui.internal.agenda;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.fieldbook.model.FieldServiceStatus;

/**
 * How a booking's status looks on its card: a colour the technician learns once and an icon that tells the
 * statuses apart without colour too (outdoors, or for a colour-blind technician). The icons are drawn,
 * so they scale with the card and need no image files.
 */
enum StatusLook {
    SCHEDULED(new RGB(0x1F, 0x5F, 0xAD)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // a clock
            gc.drawOval(x, y, size, size);
            int centre = size / 2;
            gc.drawLine(x + centre, y + centre, x + centre, y + size / 5);
            gc.drawLine(x + centre, y + centre, x + size * 3 / 4, y + centre);
        }
    },
    TRAVELING(new RGB(0x8A, 0x4B, 0x08)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // an arrow on its way
            int middle = y + size / 2;
            gc.drawLine(x, middle, x + size, middle);
            gc.drawLine(x + size, middle, x + size / 2, y + size / 6);
            gc.drawLine(x + size, middle, x + size / 2, y + size * 5 / 6);
        }
    },
    IN_PROGRESS(new RGB(0x1E, 0x7A, 0x34)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // play
            gc.fillPolygon(new int[] { x + size / 5, y, x + size, y + size / 2, x + size / 5, y + size });
        }
    },
    ON_BREAK(new RGB(0x6B, 0x4C, 0x9A)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // pause
            gc.fillRectangle(x + size / 6, y, size / 4, size);
            gc.fillRectangle(x + size * 7 / 12, y, size / 4, size);
        }
    },
    COMPLETED(new RGB(0x4A, 0x4A, 0x4A)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // a tick
            gc.drawPolyline(new int[] { x, y + size / 2, x + size / 3, y + size * 5 / 6, x + size, y + size / 6 });
        }
    },
    CANCELED(new RGB(0xB0, 0x1E, 0x1E)) {
        @Override
        void drawIcon(GC gc, int x, int y, int size) { // a cross
            gc.drawLine(x, y, x + size, y + size);
            gc.drawLine(x, y + size, x + size, y);
        }
    };

    /** What the icon is drawn in, on the status colour. */
    static final RGB ICON = new RGB(0xFF, 0xFF, 0xFF);

    private final RGB colour;

    StatusLook(RGB colour) {
        this.colour = colour;
    }

    RGB colour() {
        return colour;
    }

    /** Draws the icon in the square at ({@code x}, {@code y}) of side {@code size}, in the GC's colours. */
    abstract void drawIcon(GC gc, int x, int y, int size);

    /** @return the look of {@code status}; a status the device does not know yet looks scheduled */
    static StatusLook of(FieldServiceStatus status) {
        return status == null ? SCHEDULED : valueOf(status.name());
    }

    /** Line width of the drawn icons at {@code size}: thick enough to read at arm's length. */
    static int lineWidth(int size) {
        return Math.max(2, size / 8);
    }

    /** Antialiased, round-capped lines for {@link #drawIcon}. */
    static void prepare(GC gc, int size) {
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(lineWidth(size));
        gc.setLineCap(SWT.CAP_ROUND);
    }
}
