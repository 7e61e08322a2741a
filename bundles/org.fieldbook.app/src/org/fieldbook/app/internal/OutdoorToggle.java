package org.fieldbook.app.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * The toolbar's Outdoor switch: pressed, the client turns to black on white with a yellow selected tab, for
 * sunlight. The theme engine restyles every open window at once and keeps the choice in its preferences, so
 * the next start comes up the same.
 */
public final class OutdoorToggle {

    /** The themes plugin.xml declares. */
    static final String DEFAULT_THEME = "org.fieldbook.app.theme.default";
    static final String OUTDOOR_THEME = "org.fieldbook.app.theme.outdoor";
    static final String TEXT = "Outdoor";
    static final String TOOLTIP = "High contrast for sunlight";
    /** A finger-sized target, as every control the technician taps. */
    private static final int MIN_SIZE = 44;
    private static final int BODY_SCALE_PERCENT = 125;

    /** The toolbar's type, a quarter larger than the platform's (as the Sync button beside it). */
    private static void larger(Button button) {
        FontData[] data = button.getFont().getFontData();
        for (FontData font : data) {
            font.setHeight(font.getHeight() * BODY_SCALE_PERCENT / 100);
        }
        Font font = new Font(button.getDisplay(), data);
        button.setFont(font);
        button.addDisposeListener(event -> font.dispose());
    }

    /** @param themes the workbench's theme engine; without one (no styling) the switch is disabled */
    @PostConstruct
    public void createControls(Composite parent, @Optional IThemeEngine themes) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Button toggle = new Button(area, SWT.TOGGLE);
        toggle.setText(TEXT);
        larger(toggle);
        toggle.setToolTipText(TOOLTIP);
        GridData size = new GridData(SWT.DEFAULT, MIN_SIZE);
        size.widthHint = Math.max(2 * MIN_SIZE, toggle.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        toggle.setLayoutData(size);
        toggle.setEnabled(themes != null);
        ITheme active = themes == null ? null : themes.getActiveTheme();
        toggle.setSelection(active != null && OUTDOOR_THEME.equals(active.getId()));
        toggle.addListener(SWT.Selection, event -> themes.setTheme(toggle.getSelection() ? OUTDOOR_THEME : DEFAULT_THEME, true));
    }
}
