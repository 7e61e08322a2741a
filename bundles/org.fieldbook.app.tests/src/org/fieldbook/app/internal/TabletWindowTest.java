package org.fieldbook.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The window fits a tablet: the whole screen, and no minimise or maximise buttons on the tab stacks. */
class TabletWindowTest {

    @Test
    void theMinMaxAddonThatPutsButtonsOnEveryStackIsTakenOut() {
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        MAddon minMax = MApplicationFactory.INSTANCE.createAddon();
        // What the workbench's MinMaxProcessor adds to every application model.
        minMax.setContributionURI("bundleclass://org.eclipse.e4.ui.workbench.addons.swt/org.eclipse.e4.ui.workbench.addons.minmax.MinMaxAddon");
        MAddon ours = MApplicationFactory.INSTANCE.createAddon();
        ours.setContributionURI("bundleclass://org.fieldbook.ui/org.fieldbook.ui.internal.widgets.WheelGuardAddon");
        application.getAddons().add(minMax);
        application.getAddons().add(ours);

        TabletWindow.withoutMinMax(application);

        assertThat(application.getAddons()).containsExactly(ours);
    }

    @Test
    void theWindowTakesTheWholeScreenAndAsksToBeMaximised() {
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.setWidth(1280);
        window.setHeight(800);
        application.getChildren().add(window);

        TabletWindow.fill(application, new Rectangle(0, 0, 1920, 1080));
        TabletWindow.fill(application, new Rectangle(0, 0, 1920, 1080));

        assertThat(new int[] { window.getX(), window.getY(), window.getWidth(), window.getHeight() }).containsExactly(0, 0, 1920, 1080);
        assertThat(window.getTags()).containsOnlyOnce(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
    }

    @Test
    void withoutAWindowManagerTheContentCoversTheWholeScreen() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        try {
            Rectangle screen = new Rectangle(0, 0, 800, 600);

            TabletWindow.cover(shell, screen);

            Rectangle client = shell.getClientArea();
            assertThat(new int[] { client.width, client.height }).as("no band left for an undrawn title bar").containsExactly(800, 600);
        } finally {
            shell.dispose();
        }
    }
}
