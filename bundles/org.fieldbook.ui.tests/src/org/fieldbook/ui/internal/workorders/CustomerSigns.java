package org.fieldbook.ui.internal.workorders;

import java.util.Arrays;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiButton;
import org.fieldbook.tests.common.ui.UiMouse;
import org.fieldbook.ui.internal.notes.SignDialog;

/** A customer signing in the open work order form: Customer signature, two strokes with the real pointer, a name, Save. */
final class CustomerSigns {

    private CustomerSigns() {
    }

    /** @return the summary the dialog showed */
    static String on(E4PartFixture form, String name) {
        Display display = form.shell().getDisplay();
        StringBuilder summary = new StringBuilder();
        UiButton sign = form.bot().buttonWithId(NotesPhotosSection.ID_SIGN); // before the steps below: finding it runs the event loop
        display.asyncExec(() -> { // runs in the dialog's event loop, which the click below enters
            form.bot().waitUntil(() -> dialog(form.shell()) != null, "the sign dialog");
            UiBot signing = new UiBot(dialog(form.shell()));
            summary.append(signing.labelWithId(SignDialog.ID_SUMMARY).text());
            Canvas pad = signing.widgetWithId(SignDialog.ID_PAD, Canvas.class);
            UiMouse mouse = new UiMouse(signing, display);
            mouse.drag(pad, new Point(60, 150), new Point(160, 60), new Point(260, 200), new Point(360, 80));
            mouse.drag(pad, new Point(420, 60), new Point(440, 200));
            signing.textWithId(SignDialog.ID_NAME).setText(name);
            signing.buttonWithId(SignDialog.ID_SAVE).click();
        });
        sign.click();
        return summary.toString();
    }

    private static Shell dialog(Shell owner) {
        return Arrays.stream(owner.getDisplay().getShells()).filter(shell -> shell != owner && shell.isVisible()).findFirst().orElse(null);
    }
}
