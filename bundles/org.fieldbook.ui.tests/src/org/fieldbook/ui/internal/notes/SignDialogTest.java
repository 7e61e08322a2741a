package org.fieldbook.ui.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiMouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer signs in the dialog with the real pointer: strokes, a name, Save. */
class SignDialogTest {

    static final CompletionSummary SUMMARY = new CompletionSummary("WO-00042", List.of("Replace filter", "Leak test"), 3,
            List.of("Air filter: 2 pcs"), List.of("Inspection: 30 min"), Duration.ofMinutes(95));

    private Display display;
    private Shell owner;
    private final List<Signature> saved = new ArrayList<>();

    @BeforeEach
    void openOwner() {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        owner = new Shell(display);
        owner.setLayout(new FillLayout());
        owner.setBounds(0, 0, 1280, 800);
        owner.open();
    }

    @AfterEach
    void close() {
        owner.dispose();
        while (display.readAndDispatch()) {
            // drains what disposal queued
        }
    }

    @Test
    void strokesAndANameMakeASignaturePng() {
        sign(dialog -> {
            UiBot bot = new UiBot(dialog);
            UiMouse mouse = new UiMouse(bot, display);
            Canvas pad = bot.widgetWithId(SignDialog.ID_PAD, Canvas.class);
            assertThat(bot.buttonWithId(SignDialog.ID_SAVE).isEnabled()).as("Save before signing").isFalse();
            mouse.drag(pad, new Point(60, 150), new Point(160, 60), new Point(260, 200), new Point(360, 80));
            mouse.drag(pad, new Point(420, 60), new Point(440, 200), new Point(520, 120));
            assertThat(bot.buttonWithId(SignDialog.ID_SAVE).isEnabled()).as("Save without a name").isFalse();
            bot.textWithId(SignDialog.ID_NAME).setText("Ada Lovelace");
            screenshot(dialog, "sign-dialog");
            bot.buttonWithId(SignDialog.ID_SAVE).click();
        });

        assertThat(saved).hasSize(1);
        Signature signature = saved.get(0);
        assertThat(signature.subject()).isEqualTo("Customer signature: Ada Lovelace");
        assertThat(signature.text()).contains("Tasks done: 2 of 3", "Air filter: 2 pcs", "Time on the job: 1 h 35 min",
                "Signed by Ada Lovelace");
        ImageData png = new ImageLoader().load(new ByteArrayInputStream(signature.png()))[0];
        assertThat(png.width).isEqualTo(SignaturePad.WIDTH);
        assertThat(png.height).isEqualTo(SignaturePad.HEIGHT);
    }

    @Test
    void cancelSavesNothing() {
        sign(dialog -> {
            UiBot bot = new UiBot(dialog);
            new UiMouse(bot, display).drag(bot.widgetWithId(SignDialog.ID_PAD, Canvas.class), new Point(60, 60), new Point(300, 150));
            bot.textWithId(SignDialog.ID_NAME).setText("Grace Hopper");
            bot.buttonWithId(SignDialog.ID_CANCEL).click();
        });

        assertThat(saved).isEmpty();
    }

    /** Opens the dialog and runs {@code steps} inside its event loop, as a customer's hand would. */
    private void sign(Consumer<Shell> steps) {
        display.asyncExec(() -> {
            UiBot bot = new UiBot(owner);
            bot.waitUntil(() -> dialog() != null, "the sign dialog");
            steps.accept(dialog());
        });
        SignDialog.open(owner, SUMMARY, saved::add);
    }

    private Shell dialog() {
        return Arrays.stream(display.getShells()).filter(shell -> shell != owner && shell.isVisible()).findFirst().orElse(null);
    }

    private static void screenshot(Shell shell, String name) {
        try {
            Screenshot.of(shell, name);
        } catch (java.io.IOException e) {
            throw new AssertionError("Cannot save the screenshot " + name, e);
        }
    }
}
