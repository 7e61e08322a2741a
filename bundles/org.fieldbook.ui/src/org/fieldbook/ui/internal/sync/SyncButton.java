package org.fieldbook.ui.internal.sync;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.ui.internal.Touch;
import org.fieldbook.ui.internal.widgets.UiFonts;
import org.fieldbook.ui.internal.widgets.UiThread;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The toolbar's Sync button, sized for a finger: an icon and the word, at least {@value Touch#MIN_HEIGHT} px
 * high (a plain e4 tool item is as small as its label). It does what F5 does through {@link SyncHandler}, and
 * is disabled while a cycle runs.
 */
public final class SyncButton {

    static final String ID = "toolbar.sync";
    static final String TEXT = "Sync";
    static final String TOOLTIP = "Sync with the back office now (F5)";
    private static final int ICON_SIZE = 24;

    private final SyncService sync;
    private final SyncHandler handler = new SyncHandler();
    private final SyncListener listener = this::changed;
    private Button button;

    @Inject
    public SyncButton(SyncService sync) {
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        button = UiFonts.body(Touch.button(area, SWT.PUSH, TEXT, ID));
        button.setToolTipText(TOOLTIP);
        button.setImage(icon(button.getDisplay()));
        button.addDisposeListener(event -> button.getImage().dispose());
        // Touch.button sized it for the word alone; the icon and the larger type need more.
        GridData size = (GridData) button.getLayoutData();
        size.widthHint = Math.max(2 * Touch.MIN_HEIGHT, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        button.addListener(SWT.Selection, event -> handler.execute(sync));
        enable();
        sync.addListener(listener);
    }

    @PreDestroy
    public void dispose() {
        sync.removeListener(listener);
    }

    private void changed(SyncStatus status) {
        UiThread.later(button, this::enable);
    }

    private void enable() {
        button.setEnabled(handler.canExecute(sync));
    }

    /** Two arrows chasing each other round a circle, drawn rather than shipped so it follows the theme's colour. */
    private static Image icon(Display display) {
        ImageData transparent = new ImageData(ICON_SIZE, ICON_SIZE, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        // Fully transparent until drawn on.
        transparent.alphaData = new byte[ICON_SIZE * ICON_SIZE];
        Image icon = new Image(display, transparent);
        GC gc = new GC(icon);
        try {
            gc.setAntialias(SWT.ON);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.setLineWidth(3);
            int inset = 4;
            int diameter = ICON_SIZE - 2 * inset;
            gc.drawArc(inset, inset, diameter, diameter, 20, 140);
            gc.drawArc(inset, inset, diameter, diameter, 200, 140);
            int right = inset + diameter;
            int middle = ICON_SIZE / 2;
            gc.fillPolygon(new int[] { right - 5, middle - 3, right + 4, middle - 3, right, middle + 3 });
            gc.fillPolygon(new int[] { inset - 4, middle + 3, inset + 5, middle + 3, inset, middle - 3 });
        } finally {
            gc.dispose();
        }
        return icon;
    }
}
