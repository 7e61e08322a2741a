package org.fieldbook.ui.internal.notes;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Opens the notes' windows over their owner, centred, and runs the event loop until they close. */
final class Modal {

    private Modal() {
    }

    /** Sizes {@code shell} to what it needs but no bigger than its owner, centres it on the owner and blocks until it closes. */
    static void run(Shell shell) {
        run(shell, Integer.MAX_VALUE);
    }

    /** The same, at most {@code widest} wide: a form of a few fields reads badly across a wide screen. */
    static void run(Shell shell, int widest) {
        Rectangle owner = shell.getParent().getBounds();
        Point wanted = shell.computeSize(Math.min(owner.width, widest), -1);
        Point size = new Point(Math.min(wanted.x, owner.width), Math.min(wanted.y, owner.height));
        shell.setBounds(owner.x + (owner.width - size.x) / 2, owner.y + (owner.height - size.y) / 2, size.x, size.y);
        block(shell);
    }

    /** Opens {@code shell} where it is and blocks, running the event loop, until it closes. */
    static void block(Shell shell) {
        Display display = shell.getDisplay();
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}
