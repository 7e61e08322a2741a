package org.fieldbook.tests.common.ui;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DragSourceListener;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * The real pointer: moves and wheel notches go through the X server's XTest extension (AWT's {@link Robot}),
 * so the toolkit handles them exactly as a mouse's. Each notch is waited for until SWT has dispatched it, with
 * no sleeping against the clock.
 */
public final class UiMouse {

    /** Pixels per move of a drag, above GTK's and Windows' drag thresholds after a few. */
    private static final int DRAG_STEP = 4;
    private static final int DRAG_STEPS = 40;
    private static final long DRAG_MOMENT_MS = 50;

    private final UiBot bot;
    private final Display display;
    private final Robot robot;

    public UiMouse(UiBot bot, Display display) {
        this.bot = bot;
        this.display = display;
        try {
            robot = new Robot();
        } catch (AWTException e) {
            throw new AssertionError("No X server with XTest to drive the pointer: " + e.getMessage(), e);
        }
    }

    /** Moves the pointer over the middle of {@code control}, then turns the wheel a notch at a time, down when positive. */
    public void wheel(Control control, int notches) {
        pointAt(control);
        for (int notch = 1; notch <= Math.abs(notches); notch++) {
            dispatched(SWT.MouseWheel, 1, "wheel notch " + notch, () -> robot.mouseWheel(Integer.signum(notches)));
        }
    }

    /**
     * Presses and releases the left button over {@code control} {@code taps} times in a row, as fast as the X
     * server takes them (a finger's accidental double tap; GTK also makes the second a double click), and waits
     * until the toolkit got every release.
     */
    public void tap(Control control, int taps) {
        pointAt(control);
        dispatched(SWT.MouseUp, taps, taps + " taps", () -> {
            for (int tap = 0; tap < taps; tap++) {
                robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            }
        });
    }

    /**
     * Draws one stroke with the left button held, as a finger or pen does: presses at the first of {@code points}
     * (relative to {@code control}'s top left corner), moves through the others and releases at the last. Every
     * move is waited for until SWT dispatched it, so the control sees each point, not a coalesced jump.
     */
    public void drag(Control control, Point... points) {
        pointAt(control);
        // a window just opened may be on the screen before the X server routes presses to it
        bot.waitUntil(() -> display.getCursorControl() == control, control + " under the pointer");
        moveTo(control, points[0]);
        dispatched(SWT.MouseDown, 1, "stroke press", () -> robot.mousePress(InputEvent.BUTTON1_DOWN_MASK));
        for (int i = 1; i < points.length; i++) {
            moveTo(control, points[i]);
        }
        dispatched(SWT.MouseUp, 1, "stroke release", () -> robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK));
    }

    /**
     * Drags with the real pointer from the middle of {@code source}, whose {@link DragSource} offers the data, onto
     * the middle of {@code target}, which a {@link DropTarget} of it or of a parent takes, and drops: press, small
     * moves until the toolkit started its drag, moves over the target until it is entered, release. Waits until
     * the drop was handled and the drag finished. The toolkit holds the pointer during a drag, so the steps wait
     * for the drag's own events, not for mouse moves.
     */
    public void dragAndDrop(Control source, Control target) {
        DragSource from = (DragSource) source.getData(DND.DRAG_SOURCE_KEY);
        DropTarget to = dropTarget(target);
        DragAndDrop seen = new DragAndDrop();
        bot.syncExec(() -> {
            from.addDragListener(seen);
            to.addDropListener(seen);
            return null;
        });
        try {
            pointAt(source);
            bot.waitUntil(() -> display.getCursorControl() == source, source + " under the pointer");
            dispatched(SWT.MouseDown, 1, "press on the drag source", () -> robot.mousePress(InputEvent.BUTTON1_DOWN_MASK));
            Point start = bot.syncExec(display::getCursorLocation);
            for (int step = 1; !seen.started; step++) {
                robot.mouseMove(start.x + step * DRAG_STEP, start.y + step * DRAG_STEP);
                settle(seen, () -> seen.started, step < DRAG_STEPS, "the toolkit to start the drag");
            }
            Rectangle over = bot.syncExec(() -> display.map(target.getParent(), null, target.getBounds()));
            for (int step = 0; !seen.entered; step++) {
                robot.mouseMove(over.x + over.width / 2 + step % 2 * DRAG_STEP, over.y + over.height / 2);
                settle(seen, () -> seen.entered, step < DRAG_STEPS, "the drag to enter " + target);
            }
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            bot.waitUntil(() -> seen.dropped && seen.finished, "the drop on " + target + " and the end of the drag");
        } finally {
            bot.syncExec(() -> { // either may be gone with its window (a dialog the drop opened and closed)
                if (!from.isDisposed()) {
                    from.removeDragListener(seen);
                }
                if (!to.isDisposed()) {
                    to.removeDropListener(seen);
                }
                return null;
            });
        }
    }

    /** Pumps until {@code done}, or for a moment when {@code mayMoveOn} (the next step may bring it). */
    private void settle(DragAndDrop seen, BooleanSupplier done, boolean mayMoveOn, String what) {
        long moment = System.nanoTime() + Duration.ofMillis(DRAG_MOMENT_MS).toNanos();
        if (mayMoveOn) {
            bot.waitUntil(() -> done.getAsBoolean() || System.nanoTime() > moment, what);
        } else {
            bot.waitUntil(done, what);
        }
    }

    private static DropTarget dropTarget(Control target) {
        for (Control control = target; control != null; control = control.getParent()) {
            if (control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget drop) {
                return drop;
            }
        }
        throw new AssertionError("No drop target at " + target + " or around it");
    }

    /** What the toolkit reported of a drag. */
    private static final class DragAndDrop extends DropTargetAdapter implements DragSourceListener {
        volatile boolean started;
        volatile boolean entered;
        volatile boolean dropped;
        volatile boolean finished;

        @Override
        public void dragStart(DragSourceEvent event) {
            started = event.doit;
        }

        @Override
        public void dragSetData(DragSourceEvent event) {
            // the source's own listener gives the data
        }

        @Override
        public void dragFinished(DragSourceEvent event) {
            finished = true;
        }

        @Override
        public void dragEnter(DropTargetEvent event) {
            entered = true;
        }

        @Override
        public void dragOver(DropTargetEvent event) {
            entered = true;
        }

        @Override
        public void drop(DropTargetEvent event) {
            dropped = true;
        }
    }

    private void moveTo(Control control, Point point) {
        Point target = bot.syncExec(() -> display.map(control, null, point));
        if (bot.syncExec(display::getCursorLocation).equals(target)) {
            return;
        }
        dispatched(SWT.MouseMove, 1, "move to " + point, () -> robot.mouseMove(target.x, target.y));
    }

    private void pointAt(Control control) {
        bot.waitUntil(() -> {
            Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
            robot.mouseMove(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            return control.isVisible() && bounds.contains(display.getCursorLocation());
        }, "the pointer over " + control);
    }

    /** Sends {@code input} and waits, pumping, until SWT dispatched {@code count} events of {@code type}. */
    private void dispatched(int type, int count, String what, Runnable input) {
        AtomicInteger dispatched = new AtomicInteger();
        Listener counter = event -> dispatched.incrementAndGet();
        bot.syncExec(() -> {
            display.addFilter(type, counter);
            return null;
        });
        try {
            input.run();
            bot.waitUntil(() -> dispatched.get() >= count, what + " to reach the toolkit");
        } finally {
            bot.syncExec(() -> {
                display.removeFilter(type, counter);
                return null;
            });
        }
    }
}
