package org.fieldbook.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.css.swt.engine.CSSSWTEngineImpl;
import org.eclipse.e4.ui.css.swt.internal.theme.ThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped themes through the real e4 CSS engine on real widgets: the toolbar's Outdoor switch turns the
 * calm off-white into pure black on white, switching back restores it, and the choice outlives a restart.
 */
class OutdoorThemeTest {

    private Display display;
    private Shell shell;
    private Label label;
    private ThemeEngine themes;

    @BeforeEach
    void openShellWithTheThemeEngine() {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        label = new Label(shell, SWT.NONE);
        label.setText("WO-00412");
        themes = new ThemeEngine(display);
        themes.addCSSEngine(new CSSSWTEngineImpl(display, true));
        themes.setTheme(OutdoorToggle.DEFAULT_THEME, false);
        new OutdoorToggle().createControls(shell, themes);
        shell.setSize(600, 200);
        shell.open();
        themes.applyStyles(shell, true);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void theOutdoorSwitchRestylesTheOpenWindowAndSwitchingBackRestoresIt() {
        Button outdoor = toggle(shell, 1);
        assertThat(label.getBackground().getRGB()).isEqualTo(new RGB(0xFA, 0xFA, 0xF7));

        tap(outdoor);

        assertThat(themes.getActiveTheme().getId()).isEqualTo(OutdoorToggle.OUTDOOR_THEME);
        assertThat(label.getBackground().getRGB()).as("white behind the text").isEqualTo(new RGB(0xFF, 0xFF, 0xFF));
        assertThat(label.getForeground().getRGB()).isEqualTo(new RGB(0, 0, 0));

        tap(outdoor);

        assertThat(themes.getActiveTheme().getId()).isEqualTo(OutdoorToggle.DEFAULT_THEME);
        assertThat(label.getBackground().getRGB()).as("the calm off-white again").isEqualTo(new RGB(0xFA, 0xFA, 0xF7));
        assertThat(label.getForeground().getRGB()).isEqualTo(new RGB(0x1C, 0x1C, 0x1C));
    }

    @Test
    void theSwitchShowsTheThemeInUseAndWithoutAThemeEngineCannotBePressed() {
        themes.setTheme(OutdoorToggle.OUTDOOR_THEME, false);
        Shell other = new Shell(display);
        try {
            new OutdoorToggle().createControls(other, themes);
            new OutdoorToggle().createControls(other, null);
            Button restored = toggle(other, 0);
            Button unstyled = toggle(other, 1);

            assertThat(restored.getSelection()).as("pressed: the outdoor theme came back from the last run").isTrue();
            assertThat(unstyled.isEnabled()).isFalse();
        } finally {
            other.dispose();
        }
    }

    @Test
    void theOutdoorThemeIsRememberedAcrossARestart() throws Exception {
        tap(toggle(shell, 1));
        shell.dispose();

        Path stored = Path.of(Platform.getInstanceLocation().getURL().toURI())
                .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.eclipse.e4.ui.css.swt.theme.prefs");
        assertThat(Files.readString(stored)).as("written to the workspace, not only kept in memory")
                .contains("themeid=" + OutdoorToggle.OUTDOOR_THEME);
        ThemeEngine restarted = new ThemeEngine(display);
        restarted.addCSSEngine(new CSSSWTEngineImpl(display, true));
        try {
            restarted.restore(OutdoorToggle.DEFAULT_THEME);
            shell = new Shell(display);
            shell.setLayout(new FillLayout());
            label = new Label(shell, SWT.NONE);
            label.setText("WO-00412");
            new OutdoorToggle().createControls(shell, restarted);
            restarted.applyStyles(shell, true);

            assertThat(restarted.getActiveTheme().getId()).as("the workbench's start restores the stored theme over the product's")
                    .isEqualTo(OutdoorToggle.OUTDOOR_THEME);
            assertThat(toggle(shell, 1).getSelection()).isTrue();
            assertThat(label.getBackground().getRGB()).isEqualTo(new RGB(0xFF, 0xFF, 0xFF));
        } finally {
            restarted.setTheme(OutdoorToggle.DEFAULT_THEME, true);
        }
    }

    /** What a tap on a toggle button does: it flips, then says so. */
    private static void tap(Button toggle) {
        toggle.setSelection(!toggle.getSelection());
        toggle.notifyListeners(SWT.Selection, new Event());
    }

    private static Button toggle(Shell shell, int index) {
        return (Button) ((Composite) shell.getChildren()[index]).getChildren()[0];
    }
}
