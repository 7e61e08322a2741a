package org.fieldbook.ui.internal.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Touch-sized grid cells on real GTK widgets. */
class TouchSizeTest {

    private Shell shell;

    @BeforeEach
    void open() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new GridLayout(2, false));
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aComboFilledAfterwardsShowsItsLongestEntry() {
        Combo combo = TouchSize.grid(new Combo(shell, SWT.READ_ONLY), false);
        combo.setItems("Scheduled", "In progress", "Completed");
        combo.select(0);

        shell.pack();

        assertThat(combo.getSize().x).as("width of the filled combo").isGreaterThanOrEqualTo(combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        assertThat(combo.getSize().y).isGreaterThanOrEqualTo(TouchSize.MIN_HEIGHT);
    }

    @Test
    void aNarrowButtonIsStillAFingerWide() {
        Button plus = new Button(shell, SWT.PUSH);
        plus.setText("+");
        TouchSize.grid(plus, false);

        shell.pack();

        assertThat(plus.getSize().x).isGreaterThanOrEqualTo(TouchSize.MIN_HEIGHT);
        assertThat(plus.getSize().y).isGreaterThanOrEqualTo(TouchSize.MIN_HEIGHT);
    }
}
