package org.fieldbook.app.internal;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbook.sync.SyncListener;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.updates.ClientUpdates;
import org.fieldbook.updates.MandatoryUpdates;
import org.fieldbook.updates.UpdateCheck;
import org.fieldbook.updates.UpdateJob;

/**
 * When the client looks for an update of itself: once its workbench is up, and after each sync that succeeded,
 * never while the back office is known to be unreachable. Each check is an {@link UpdateJob} in the background
 * (check, then download); one at a time. Once an update is downloaded, the later checks only read the
 * administrator's mandatory dates again from the update site, so a date set after the download still arrives.
 */
final class UpdateChecks implements SyncListener {

    /** Told, on a background thread, what the checks found. */
    interface Offer {
        /** @param mandatoryAfter from when the update may no longer be postponed, or null */
        void downloaded(UpdateCheck check, Instant mandatoryAfter);

        /** The administrator's date for the downloaded update, read again: null when there is none (any more). */
        void mandatoryAfter(Instant mandatoryAfter);

        /** This start follows going back from an update that could not start: {@code message} tells the technician. */
        void undone(String message);
    }

    private final ClientUpdates updates;
    private final SyncService sync;
    private final URI site;
    private final Offer offer;
    private Instant lastSyncSeen;
    private volatile UpdateCheck ready;
    private volatile MandatoryUpdates dates = MandatoryUpdates.NONE;

    UpdateChecks(ClientUpdates updates, SyncService sync, URI serviceRoot, Offer offer) {
        this.updates = updates;
        this.sync = sync;
        this.site = UpdateJob.siteOf(serviceRoot);
        this.offer = offer;
    }

    /**
     * The workbench is up: an update just applied is kept (or the technician hears of one undone), and the first
     * check starts.
     */
    void workbenchUp() {
        updates.workbenchReached().ifPresent(offer::undone);
        SyncStatus status = sync.status();
        lastSyncSeen = status.lastSuccess();
        sync.addListener(this);
        if (status.phase() != SyncStatus.Phase.OFFLINE) {
            schedule();
        }
    }

    @Override
    public synchronized void changed(SyncStatus status) {
        if (status.phase() == SyncStatus.Phase.IDLE && status.lastSuccess() != null
                && !Objects.equals(status.lastSuccess(), lastSyncSeen)) {
            lastSyncSeen = status.lastSuccess();
            schedule();
        }
    }

    private void schedule() {
        if (Job.getJobManager().find(UpdateJob.FAMILY).length > 0) {
            return;
        }
        if (ready == null) {
            new UpdateJob(updates, site, this::checked).schedule();
        } else {
            Job.createSystem("Reading whether the Fieldbook update is mandatory", monitor -> {
                readDates();
                offer.mandatoryAfter(mandatoryAfter());
                return Status.OK_STATUS;
            }).schedule();
        }
    }

    private void checked(UpdateCheck check) {
        if (check.outcome() == UpdateCheck.Outcome.DOWNLOADED) {
            ready = check;
            readDates();
            Instant mandatoryAfter = mandatoryAfter();
            ILog.of(UpdateChecks.class).info("Updates: version " + check.version() + " is ready"
                    + (mandatoryAfter == null ? "" : ", mandatory after " + mandatoryAfter)
                    + "; a restart is offered when no sync runs and no form holds unsaved edits");
            offer.downloaded(check, mandatoryAfter);
        }
    }

    /** Keeps the dates known before when the site's cannot be read: a device offline still honours them. */
    private void readDates() {
        MandatoryUpdates.fetch(site).ifPresent(read -> dates = read);
    }

    private Instant mandatoryAfter() {
        return dates.deadline(updates.installedVersion(), ready.version());
    }
}
