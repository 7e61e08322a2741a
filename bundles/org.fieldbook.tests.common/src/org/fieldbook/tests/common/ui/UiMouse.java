package org.fieldbook.tests.common.ui;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
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
