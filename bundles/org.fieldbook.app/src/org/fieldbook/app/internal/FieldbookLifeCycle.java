package org.fieldbook.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SyncService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * The client's e4 lifecycle. It reports when the workbench is up, which the launch scripts and the
 * product smoke test wait for (with {@code -consoleLog} the line reaches standard output), and signs in the
 * technician the environment names (see {@link StartupSignIn}).
 */
public final class FieldbookLifeCycle {

    /** Logged once the window is shown. */
    public static final String STARTED_MESSAGE = "Fieldbook workbench is up";

    @PostContextCreate
    void postContextCreate(IEventBroker events, @Optional BackOfficeAccount account, @Optional SyncService sync) {
        if (account != null && sync != null) {
            new StartupSignIn(System.getenv()).start(account, sync);
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this);
                ILog.of(FieldbookLifeCycle.class).info(STARTED_MESSAGE);
            }
        });
    }
}
