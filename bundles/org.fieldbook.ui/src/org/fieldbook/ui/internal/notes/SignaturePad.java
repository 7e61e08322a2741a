package org.fieldbook.ui.internal.notes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A surface the customer signs on with a finger or a pen. Points are kept in the picture's own
 * {@value #WIDTH}×{@value #HEIGHT} space, so a pad resized (a tablet turned) shows the same signature and
 * {@link #png()} does not depend on the screen. Strokes are drawn as curves through the midpoints between
 * samples, which smooths the corners a finger's sparse samples leave. Clearing is a step like a stroke: Undo
 * brings a cleared signature back, so a stray tap on Clear loses nothing. A tap without movement leaves no
 * mark, so a double tap on the pad changes nothing.
 */
public final class SignaturePad {

    /** The picture's size: wide and low, as signature boxes on paper are. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 400;
    private static final float PEN_WIDTH = 6;

    private final Canvas canvas;
    private final Deque<List<List<Point>>> undone = new ArrayDeque<>();
    private final Deque<List<List<Point>>> done = new ArrayDeque<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private List<List<Point>> strokes = List.of();
    private List<Point> drawing;

    public SignaturePad(Composite parent) {
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, event -> paint(event.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseDown, this::press);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::release);
    }

    public Canvas control() {
        return canvas;
    }

    /** @return the strokes signed so far, each its points in picture coordinates */
    public List<List<Point>> strokes() {
        return strokes;
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Runs {@code listener} after every stroke, clear, undo and redo, e.g. to enable buttons. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public void clear() {
        if (!strokes.isEmpty()) {
            change(List.of());
        }
    }

    public void undo() {
        if (canUndo()) {
            undone.push(strokes);
            show(done.pop());
        }
    }

    public void redo() {
        if (canRedo()) {
            done.push(strokes);
            show(undone.pop());
        }
    }

    /** @return the signature as a PNG of {@value #WIDTH}×{@value #HEIGHT}, black on white */
    public byte[] png() {
        Image image = new Image(canvas.getDisplay(), WIDTH, HEIGHT);
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, WIDTH, HEIGHT);
                paint(gc, new Rectangle(0, 0, WIDTH, HEIGHT));
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            loader.save(out, SWT.IMAGE_PNG);
            return out.toByteArray();
        } finally {
            image.dispose();
        }
    }

    private void press(Event event) {
        if (event.button == 1) {
            drawing = new ArrayList<>();
            drawing.add(picture(event.x, event.y));
        }
    }

    private void move(Event event) {
        if (drawing != null && (event.stateMask & SWT.BUTTON1) != 0) {
            Point point = picture(event.x, event.y);
            if (!point.equals(drawing.get(drawing.size() - 1))) {
                drawing.add(point);
                canvas.redraw();
            }
        }
    }

    private void release(Event event) {
        if (drawing == null) {
            return;
        }
        List<Point> stroke = List.copyOf(drawing);
        drawing = null;
        if (stroke.size() > 1) {
            List<List<Point>> more = new ArrayList<>(strokes);
            more.add(stroke);
            change(List.copyOf(more));
        }
    }

    private void change(List<List<Point>> next) {
        done.push(strokes);
        undone.clear();
        show(next);
    }

    private void show(List<List<Point>> next) {
        strokes = next;
        canvas.redraw();
        changeListeners.forEach(Runnable::run);
    }

    private Point picture(int x, int y) {
        Rectangle area = canvas.getClientArea();
        return new Point(x * WIDTH / Math.max(1, area.width), y * HEIGHT / Math.max(1, area.height));
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        float scale = (float) area.width / WIDTH;
        gc.setLineWidth(Math.max(2, Math.round(PEN_WIDTH * scale)));
        strokes.forEach(stroke -> draw(gc, stroke, scale, (float) area.height / HEIGHT));
        if (drawing != null && drawing.size() > 1) {
            draw(gc, drawing, scale, (float) area.height / HEIGHT);
        }
    }

    /** Draws quadratic curves whose ends are the midpoints between samples and whose controls are the samples. */
    private void draw(GC gc, List<Point> stroke, float scaleX, float scaleY) {
        Path path = new Path(canvas.getDisplay());
        try {
            path.moveTo(stroke.get(0).x * scaleX, stroke.get(0).y * scaleY);
            for (int i = 1; i < stroke.size() - 1; i++) {
                Point control = stroke.get(i);
                Point next = stroke.get(i + 1);
                path.quadTo(control.x * scaleX, control.y * scaleY, (control.x + next.x) / 2f * scaleX,
                        (control.y + next.y) / 2f * scaleY);
            }
            Point last = stroke.get(stroke.size() - 1);
            path.lineTo(last.x * scaleX, last.y * scaleY);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }
}
