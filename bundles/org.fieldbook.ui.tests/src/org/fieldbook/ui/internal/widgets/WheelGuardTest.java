package org.fieldbook.ui.internal.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Spinner;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiMouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real wheel ({@link UiMouse}: through the X server, as a mouse sends it) over each kind of value control in a scrolling
 * form: the value stays and the form scrolls.
 */
class WheelGuardTest {

    private static Display display;

    private UiMouse mouse;

    private Shell shell;
    private ScrolledComposite form;
    private Composite content;

    @BeforeAll
    static void guardTheDisplay() {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        WheelGuard.install(display);
    }

    @BeforeEach
    void openAScrollingForm() {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 500, 400);
        form = new ScrolledComposite(shell, SWT.V_SCROLL);
        content = new Composite(form, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        form.setContent(content);
        form.setExpandHorizontal(true);
        form.setExpandVertical(true);
        mouse = new UiMouse(new UiBot(shell), display);
    }

    @AfterEach
    void closeForm() {
        shell.dispose();
        settle();
    }

    @Test
    void aReadOnlyComboKeepsItsChoice() {
        Combo combo = new Combo(filler(content), SWT.READ_ONLY);
        combo.setItems("Scheduled", "Traveling", "In Progress", "Canceled");
        combo.select(1);
        assertWheelLeaves(combo, combo::getText);
    }

    @Test
    void anEditableComboKeepsItsText() {
        Combo combo = new Combo(filler(content), SWT.DROP_DOWN);
        combo.setItems("1", "2", "3");
        combo.select(1);
        assertWheelLeaves(combo, combo::getText);
    }

    @Test
    void aSpinnerKeepsItsValue() {
        Spinner spinner = new Spinner(filler(content), SWT.BORDER);
        spinner.setValues(50, 0, 100, 0, 1, 10);
        assertWheelLeaves(spinner, spinner::getSelection);
    }

    @Test
    void aScaleKeepsItsValue() {
        Scale scale = new Scale(filler(content), SWT.HORIZONTAL);
        scale.setMaximum(100);
        scale.setSelection(50);
        assertWheelLeaves(scale, scale::getSelection);
    }

    @Test
    void aSliderKeepsItsValue() {
        Slider slider = new Slider(filler(content), SWT.HORIZONTAL);
        slider.setValues(50, 0, 110, 10, 1, 10);
        assertWheelLeaves(slider, slider::getSelection);
    }

    /** Puts rows above and below where the control goes, so the form has somewhere to scroll. */
    private static Composite filler(Composite parent) {
        for (int row = 0; row < 8; row++) {
            new Label(parent, SWT.NONE).setText("Row above " + row);
        }
        return parent;
    }

    private void assertWheelLeaves(Control control, Supplier<Object> value) {
        for (int row = 0; row < 30; row++) {
            new Label(content, SWT.NONE).setText("Row below " + row);
        }
        form.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        shell.open();
        form.setOrigin(0, 60);
        settle();
        Object before = value.get();
        int originBefore = form.getOrigin().y;

        mouse.wheel(control, 1);
        int scrolledDown = form.getOrigin().y;
        mouse.wheel(control, -1);

        assertThat(value.get()).as("the value after a wheel notch down and one up over it").isEqualTo(before);
        assertThat(scrolledDown).as("the form scrolled down instead").isGreaterThan(originBefore);
        assertThat(form.getOrigin().y).as("and up again").isLessThan(scrolledDown);
    }

    /** Handles what the toolkit has queued, e.g. the disposal of the shell. */
    private static void settle() {
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
