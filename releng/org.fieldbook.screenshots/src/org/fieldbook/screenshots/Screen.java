package org.fieldbook.screenshots;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;
import org.fieldbook.ui.WidgetIds;

/**
 * The tour's hands and eyes on the display, used from the tour's own thread: every look at a widget runs on
 * the UI thread, and waits poll a condition there until it holds, so the UI is never blocked by the tour.
 */
final class Screen {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final int SETTLE_TRIES = 50;

    private final Display display;

    Screen(Display display) {
        this.display = display;
    }

    /** @return what {@code question} answers on the UI thread */
    <T> T ask(Supplier<T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        display.syncExec(() -> answer.set(question.get()));
        return answer.get();
    }

    void act(Runnable action) {
        display.syncExec(action);
    }

    /** Waits until {@code found} (asked on the UI thread) is present; @return it */
    <T> T waitFor(String what, Duration timeout, Supplier<Optional<T>> found) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> result = ask(found);
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(POLL);
        }
    }

    /** @return the first widget under {@code root} (itself included) of {@code type} that {@code test} accepts */
    static <W extends Widget> Optional<W> find(Control root, Class<W> type, Predicate<W> test) {
        Deque<Control> next = new ArrayDeque<>();
        next.add(root);
        while (!next.isEmpty()) {
            Control control = next.poll();
            if (control.isDisposed()) {
                continue;
            }
            if (type.isInstance(control) && test.test(type.cast(control))) {
                return Optional.of(type.cast(control));
            }
            if (control instanceof Composite composite) {
                next.addAll(List.of(composite.getChildren()));
            }
        }
        return Optional.empty();
    }

    /** @return the widget under {@code root} named {@code id} with {@link WidgetIds} */
    static <W extends Widget> Optional<W> withId(Control root, Class<W> type, String id) {
        return find(root, type, widget -> id.equals(widget.getData(WidgetIds.KEY)));
    }

    /**
     * Saves what the display shows inside {@code area} (display coordinates) as a PNG, once two pictures a
     * moment apart agree: GTK paints in frames of its own, after the change the tour waited for.
     */
    void save(Rectangle area, Path file) throws InterruptedException {
        ImageData previous = ask(() -> grab(area));
        for (int tries = 0; tries < SETTLE_TRIES; tries++) {
            Thread.sleep(SETTLE);
            ImageData now = ask(() -> grab(area));
            if (Arrays.equals(now.data, previous.data)) {
                ImageLoader png = new ImageLoader();
                png.data = new ImageData[] { now };
                png.save(file.toString(), SWT.IMAGE_PNG);
                return;
            }
            previous = now;
        }
        throw new IllegalStateException("The screen did not settle for " + file.getFileName());
    }

    private ImageData grab(Rectangle area) {
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
