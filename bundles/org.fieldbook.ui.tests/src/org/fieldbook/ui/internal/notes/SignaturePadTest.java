package org.fieldbook.ui.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.widgets.WheelGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strokes drawn on the pad with the real pointer (XTest under Xvfb), and what the pad makes of them. */
class SignaturePadTest {

    private Display display;
    private Shell shell;
    private SignaturePad pad;
    private UiMouse mouse;

    @BeforeEach
    void openPad() {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        WheelGuard.install(display);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 600, 200); // half the picture's size: points are scaled up in the PNG
        pad = new SignaturePad(shell);
        shell.open();
        mouse = new UiMouse(new UiBot(shell), display);
        new UiBot(shell).waitUntil(() -> pad.control().getSize().x > 500, "the pad laid out");
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void strokesDrawnWithThePointerBecomeInkInThePng() {
        mouse.drag(pad.control(), new Point(50, 100), new Point(100, 60), new Point(150, 140), new Point(200, 100));
        mouse.drag(pad.control(), new Point(300, 50), new Point(300, 150));

        assertThat(pad.strokes()).hasSize(2);
        ImageData png = new ImageLoader().load(new ByteArrayInputStream(pad.png()))[0];
        assertThat(png.width).isEqualTo(SignaturePad.WIDTH);
        assertThat(png.height).isEqualTo(SignaturePad.HEIGHT);
        Point top = pad.strokes().get(1).get(0);
        Point bottom = pad.strokes().get(1).get(1);
        assertThat(top.x).as("the pad's points are the picture's, twice the screen's").isBetween(580, 640);
        assertThat(dark(png, (top.x + bottom.x) / 2, (top.y + bottom.y) / 2)).as("ink on the straight stroke").isTrue();
        assertThat(dark(png, 1100, 20)).as("paper far from the strokes").isFalse();
    }

    @Test
    void clearIsUndoneAndRedone() {
        mouse.drag(pad.control(), new Point(50, 50), new Point(250, 150));
        pad.clear();
        assertThat(pad.isEmpty()).isTrue();

        pad.undo();
        assertThat(pad.strokes()).hasSize(1);
        pad.redo();
        assertThat(pad.isEmpty()).isTrue();
        pad.undo();
        pad.undo();
        assertThat(pad.isEmpty()).isTrue();
        assertThat(pad.canUndo()).isFalse();
    }

    @Test
    void aDoubleTapLeavesNoMark() {
        mouse.tap(pad.control(), 2);

        assertThat(pad.isEmpty()).isTrue();
        assertThat(pad.canUndo()).isFalse();
    }

    @Test
    void aWheelOverThePadLeavesTheSignature() {
        mouse.drag(pad.control(), new Point(50, 50), new Point(250, 150));

        mouse.wheel(pad.control(), 3);

        assertThat(pad.strokes()).hasSize(1);
    }

    private static boolean dark(ImageData image, int x, int y) {
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                RGB rgb = image.palette.getRGB(image.getPixel(x + dx, y + dy));
                if (rgb.red + rgb.green + rgb.blue < 200) {
                    return true;
                }
            }
        }
        return false;
    }
}
