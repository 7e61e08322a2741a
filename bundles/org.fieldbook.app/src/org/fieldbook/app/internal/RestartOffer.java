package org.fieldbook.app.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
 * p2 in a job, then restarts the workbench once the moment is still safe; "Later" postpones, never past the
 * administrator's date. From that date the offer says the update is required and since when, and has no "Later";
 * closing it only asks again at the next look.
 */
final class RestartOffer implements UpdateChecks.Offer {

    /** Whether restarting now would interrupt the technician. */
    interface Moment {
        boolean syncing();

        boolean unsavedEdits();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private final ILog log = ILog.of(RestartOffer.class);
    private final Display display;
    private final Moment moment;
    private final ClientUpdates updates;
    private final Runnable restart;
    private final Clock clock;
    private final int recheckMillis;
    private final RestartPolicy policy = new RestartPolicy(Duration.ofHours(4));
    private UpdateCheck ready;
    private Instant mandatoryAfter;
    private Instant postponedUntil;
    private boolean asking;
    private boolean looking;
    private boolean toldWhy;

    /**
     * @param restart restarts the workbench (on the UI thread)
     * @param clock the time, and the zone dates are shown in
     * @param recheck how long until a waiting offer is looked at again
     */
    RestartOffer(Display display, Moment moment, ClientUpdates updates, Runnable restart, Clock clock, Duration recheck) {
        this.display = display;
        this.moment = moment;
        this.updates = updates;
        this.restart = restart;
        this.clock = clock;
        this.recheckMillis = (int) recheck.toMillis();
    }

    /** @return the offer in the running workbench: a dirty part is an unsaved edit, a sync in progress is a sync */
    static RestartOffer of(Display display, MApplication application, EModelService models, IWorkbench workbench,
            ClientUpdates updates, SyncService sync) {
        Moment moment = new Moment() {
            @Override
            public boolean syncing() {
                return sync.status().phase() == SyncStatus.Phase.SYNCING;
            }

            @Override
            public boolean unsavedEdits() {
                return models.findElements(application, null, MPart.class, null).stream().anyMatch(MPart::isDirty);
            }
        };
        return new RestartOffer(display, moment, updates, workbench::restart, Clock.systemDefaultZone(), Duration.ofMinutes(1));
    }

    @Override
    public void downloaded(UpdateCheck check, Instant deadline) {
        onUiThread(() -> {
            ready = check;
            mandatoryAfter = deadline;
            consider();
        });
    }

    @Override
    public void undone(String message) {
        onUiThread(() -> {
            log.info("Updates: the technician is told: " + message);
            asking = true;
            RestartDialog.tell(display.getActiveShell(), message);
            asking = false;
            consider();
        });
    }

    @Override
    public void mandatoryAfter(Instant deadline) {
        onUiThread(() -> {
            mandatoryAfter = deadline;
            consider();
        });
    }

    private void onUiThread(Runnable work) {
        if (!display.isDisposed()) {
            display.asyncExec(work);
        }
    }

    private void consider() {
        if (ready == null || asking || display.isDisposed()) {
            return;
        }
        RestartPolicy.Decision decision = policy.decide(moment.syncing(), moment.unsavedEdits(), clock.instant(), postponedUntil,
                mandatoryAfter);
        if (decision == RestartPolicy.Decision.WAIT) {
            tellOnceWhyARequiredRestartWaits();
            lookAgain();
            return;
        }
        boolean required = decision == RestartPolicy.Decision.REQUIRE;
        log.info("Updates: the technician is asked to restart into " + ready.version()
                + (required ? ", required since " + mandatoryAfter : ""));
        asking = true;
        int answer = RestartDialog.ask(display.getActiveShell(), question(required), required);
        asking = false;
        if (answer == RestartDialog.RESTART) {
            applyAndRestart(ready);
        } else {
            if (!required) {
                postponedUntil = policy.postpone(clock.instant(), mandatoryAfter);
            }
            lookAgain();
        }
    }

    /**
     * A sync ends by itself, but a form's edit the store refused (a message beside the field) stays unsaved until
     * the technician corrects it: past the date they are told once what the restart waits for.
     */
    private void tellOnceWhyARequiredRestartWaits() {
        if (toldWhy || mandatoryAfter == null || clock.instant().isBefore(mandatoryAfter) || !moment.unsavedEdits()) {
            return;
        }
        toldWhy = true;
        asking = true;
        RestartDialog.tell(display.getActiveShell(), "Fieldbook " + ready.version() + " is required since " + when(mandatoryAfter)
                + ". Fieldbook restarts into it as soon as your changes are saved: finish or correct the field you are"
                + " working on.");
        asking = false;
    }

    /** One timer at a time, however many times the offer was told something. */
    private void lookAgain() {
        if (!looking) {
            looking = true;
            display.timerExec(recheckMillis, () -> {
                looking = false;
                consider();
            });
        }
    }

    private String question(boolean required) {
        String unchanged = " Your data and unsent changes stay as they are.";
        if (required) {
            return "Fieldbook " + ready.version() + " is required since " + when(mandatoryAfter)
                    + " (set by your administrator). Restart now to install it." + unchanged;
        }
        String deadline = mandatoryAfter == null ? ""
                : " It becomes required on " + when(mandatoryAfter) + "; until then you may postpone it.";
        return "Fieldbook " + ready.version() + " is ready. Restart now to use it?" + deadline + unchanged;
    }

    private String when(Instant instant) {
        return WHEN.withZone(clock.getZone()).format(instant);
    }

    private void applyAndRestart(UpdateCheck downloaded) {
        ready = null;
        Job.create("Installing Fieldbook " + downloaded.version(), monitor -> {
            UpdateCheck applied = updates.apply(downloaded, monitor);
            onUiThread(() -> {
                if (applied.outcome() == UpdateCheck.Outcome.APPLIED) {
                    restartWhenSafe();
                } else {
                    MessageDialog.openError(display.getActiveShell(), "Fieldbook update", applied.message());
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        log.info("Updates: the technician restarts into " + downloaded.version());
    }

    /** A sync or an edit may have begun while p2 applied the update: the restart waits for them. */
    private void restartWhenSafe() {
        if (moment.syncing() || moment.unsavedEdits()) {
            display.timerExec(recheckMillis, this::restartWhenSafe);
        } else {
            restart.run();
        }
    }
}
