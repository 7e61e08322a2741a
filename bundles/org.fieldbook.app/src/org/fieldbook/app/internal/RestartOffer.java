package org.fieldbook.app.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.updates.ClientUpdates;
import org.fieldbook.updates.RestartPolicy;
import org.fieldbook.updates.UpdateCheck;

/**
 * Offers the technician a restart into a downloaded update at a safe moment, as {@link RestartPolicy} decides:
 * looked at again every minute on the UI thread while an update waits. "Restart now" applies the update through
 * p2 in a job, then restarts the workbench; "Later" postpones.
 */
final class RestartOffer {

    private static final int RECHECK_MILLIS = 60_000;

    private final MApplication application;
    private final EModelService models;
    private final IWorkbench workbench;
    private final ClientUpdates updates;
    private final SyncService sync;
    private final RestartPolicy policy = new RestartPolicy(Duration.ofHours(4));
    private final Clock clock = Clock.systemUTC();
    private UpdateCheck ready;
    private Instant postponedUntil;
    private boolean asking;

    RestartOffer(MApplication application, EModelService models, IWorkbench workbench, ClientUpdates updates, SyncService sync) {
        this.application = application;
        this.models = models;
        this.workbench = workbench;
        this.updates = updates;
        this.sync = sync;
    }

    /** An update was downloaded (any thread): from now on the offer waits for a safe moment. */
    void downloaded(Display display, UpdateCheck check) {
        display.asyncExec(() -> {
            ready = check;
            consider(display);
        });
    }

    private void consider(Display display) {
        if (ready == null || asking || display.isDisposed()) {
            return;
        }
        boolean syncing = sync.status().phase() == SyncStatus.Phase.SYNCING;
        RestartPolicy.Decision decision = policy.decide(syncing, hasUnsavedEdits(), clock.instant(), postponedUntil, null);
        if (decision == RestartPolicy.Decision.WAIT) {
            display.timerExec(RECHECK_MILLIS, () -> consider(display));
            return;
        }
        asking = true;
        boolean now = ask(display, decision == RestartPolicy.Decision.REQUIRE);
        asking = false;
        if (now) {
            applyAndRestart(display, ready);
        } else {
            postponedUntil = policy.postpone(clock.instant(), null);
            display.timerExec(RECHECK_MILLIS, () -> consider(display));
        }
    }

    private boolean ask(Display display, boolean required) {
        String[] buttons = required ? new String[] { "Restart now" } : new String[] { "Restart now", "Later" };
        MessageDialog dialog = new MessageDialog(display.getActiveShell(), "Fieldbook update", null,
                "Fieldbook " + ready.version() + " is ready. Restart now to use it? Your data and unsent changes stay as they are.",
                MessageDialog.QUESTION, 0, buttons);
        return dialog.open() == 0;
    }

    private void applyAndRestart(Display display, UpdateCheck downloaded) {
        Job.create("Installing Fieldbook " + downloaded.version(), monitor -> {
            UpdateCheck applied = updates.apply(downloaded, monitor);
            display.asyncExec(() -> {
                if (applied.outcome() == UpdateCheck.Outcome.APPLIED) {
                    workbench.restart();
                } else {
                    ready = null;
                    MessageDialog.openError(display.getActiveShell(), "Fieldbook update", applied.message());
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        ILog.of(RestartOffer.class).info("Updates: the technician restarts into " + downloaded.version());
    }

    private boolean hasUnsavedEdits() {
        return models.findElements(application, null, MPart.class, null).stream().anyMatch(MPart::isDirty);
    }
}
