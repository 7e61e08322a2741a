package org.fieldbook.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/**
 * The window as a tablet wants it: the whole screen, and no desktop minimise and maximise buttons on the
 * tab stacks (a tap on them hid the agenda in a trim bar a finger cannot find).
 */
final class TabletWindow {

    /** Part of the contribution URI of the addon that puts those buttons on every stack. */
    static final String MIN_MAX_ADDON = "ui.workbench.addons.minmax.MinMaxAddon";

    /** System property set to true by a launch on a display without a window manager (the demo's Xvfb). */
    static final String NO_WINDOW_MANAGER = "fieldbook.noWindowManager";

    private TabletWindow() {
    }

    /** Takes out the min/max addon that the workbench's model processor adds to every application. */
    static void withoutMinMax(MApplication application) {
        application.getAddons().removeIf(addon -> addon.getContributionURI() != null && addon.getContributionURI().contains(MIN_MAX_ADDON));
    }

    /**
     * Sizes the windows to the screen's usable area and asks for them maximised: a window manager maximises
     * them, and without one (a kiosk session, a virtual display) the size alone fills the screen.
     */
    static void fill(MApplication application, Rectangle screen) {
        for (MWindow window : application.getChildren()) {
            window.setX(screen.x);
            window.setY(screen.y);
            window.setWidth(screen.width);
            window.setHeight(screen.height);
            if (!window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG)) {
                window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
            }
        }
    }

    /**
     * Makes the window's content cover {@code screen} where no window manager maximises it (a kiosk session,
     * a virtual display): GTK still keeps room for a title bar nobody draws, which showed as a black band at
     * the bottom, so the shell is grown by what its client area lacks. With a window manager this would push
     * the bottom off the screen, so the launch says when there is none (see {@link #NO_WINDOW_MANAGER}).
     */
    static void cover(Shell shell, Rectangle screen) {
        shell.setBounds(screen);
        Rectangle client = shell.getClientArea();
        shell.setBounds(screen.x, screen.y, screen.width + screen.width - client.width, screen.height + screen.height - client.height);
    }
}
