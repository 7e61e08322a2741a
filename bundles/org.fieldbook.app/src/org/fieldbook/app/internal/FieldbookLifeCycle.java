package org.fieldbook.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncService;
import org.fieldbook.updates.ClientUpdates;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * The client's e4 lifecycle. It reports when the workbench is up, which the launch scripts and the
 * product smoke test wait for (with {@code -consoleLog} the line reaches standard output), signs in the
 * technician the environment names (see {@link StartupSignIn}), and starts looking for client updates once the
 * workbench is up (see {@link UpdateChecks}; reaching it also keeps an update just applied).
 */
public final class FieldbookLifeCycle {

    /** Logged once the window is shown. */
    public static final String STARTED_MESSAGE = "Fieldbook workbench is up";

    /** The application whose windows fill the screen once shown. */
    private MApplication application;

    /** After the model processors (one of them adds the min/max addon), before the window is made. */
    @ProcessRemovals
    void processRemovals(MApplication application) {
        this.application = application;
        TabletWindow.withoutMinMax(application);
        Display display = Display.getCurrent();
        if (display != null) {
            TabletWindow.fill(application, display.getPrimaryMonitor().getClientArea());
        }
    }

    @PostContextCreate
    void postContextCreate(IEventBroker events, @Optional BackOfficeAccount account, @Optional SyncService sync,
            @Optional BackOfficeConnection connection, @Optional ClientUpdates updates) {
        if (account != null && sync != null) {
            new StartupSignIn(System.getenv()).start(account, sync);
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                coverScreen();
                ILog.of(FieldbookLifeCycle.class).info(STARTED_MESSAGE);
                if (application != null && updates != null && sync != null && connection != null) {
                    startUpdates(updates, sync, connection);
                }
            }
        });
    }

    /** The workbench is up (so an update just applied is kept): look for the next one, offer it when downloaded. */
    private void startUpdates(ClientUpdates updates, SyncService sync, BackOfficeConnection connection) {
        IEclipseContext context = application.getContext();
        RestartOffer offer = RestartOffer.of(Display.getCurrent(), application, context.get(EModelService.class),
                context.get(IWorkbench.class), updates, sync);
        new UpdateChecks(updates, sync, connection.serviceRoot(), offer).workbenchUp();
    }

    private void coverScreen() {
        if (application == null || !Boolean.getBoolean(TabletWindow.NO_WINDOW_MANAGER)) {
            return;
        }
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell shell) {
                TabletWindow.cover(shell, shell.getDisplay().getPrimaryMonitor().getClientArea());
            }
        }
    }
}
