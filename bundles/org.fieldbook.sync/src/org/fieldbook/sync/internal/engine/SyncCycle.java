package org.fieldbook.sync.internal.engine;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.CycleStart;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.notes.NoteFileDownload;
import org.fieldbook.sync.internal.upload.SyncSummaryUpload;
import org.fieldbook.sync.internal.upload.UploadReport;

/**
 * One sync cycle: learn what to sync (the published profile), upload the outbox, then download the
 * profile's tables and the notes' files up to the sync's size. An upload-only pass sends local edits soon after they are made, with the profile the
 * device already has. A cycle that downloads ends by sending its summary, also when it failed but the back
 * office answered; not when the back office is out of reach, busy or refuses the sign-in (the summary would
 * fail the same way, or add to a storm), nor when cancelled.
 */
final class SyncCycle {

    /** How much a cycle does, from most to least. */
    enum Mode {
        /** Everything: the Sync button. */
        FULL,
        /** The outbox and the tables that are due, with those related to them: the schedule. */
        SCHEDULED,
        /** Only the outbox: soon after an edit. */
        UPLOAD_ONLY
    }

    /** The upload step: sends the outbox. */
    @FunctionalInterface
    interface Upload {
        UploadReport run(SyncContext context, IProgressMonitor monitor) throws SyncException;
    }

    private final AuthorizedHttp http;
    private final URI serviceRoot;
    private final LocalStore store;
    private final Clock clock;
    private final Upload upload;
    private final ProfileSource profiles;
    private final SyncSummaryUpload summaries;

    SyncCycle(AuthorizedHttp http, URI serviceRoot, LocalStore store, Clock clock, Upload upload, SyncSummaryUpload summaries) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.store = store;
        this.clock = clock;
        this.upload = upload;
        this.profiles = new ProfileSource(http, serviceRoot, store.configuration());
        this.summaries = summaries;
    }

    private SyncContext context(DeviceProfile device) {
        return new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), device, clock);
    }

    /** @return rows downloaded */
    int run(Mode mode, IProgressMonitor monitor) throws SyncException {
        SubMonitor progress = SubMonitor.convert(monitor, "Syncing with the back office", 100);
        Instant started = clock.instant();
        progress.subTask("Reading the offline profile");
        Optional<DeviceProfile> known = profiles.cached();
        if (mode == Mode.UPLOAD_ONLY) {
            if (known.isPresent()) {
                upload.run(context(known.get()), progress.split(20));
            }
            return 0; // without a profile, nothing to base an upload on until a full cycle learns it
        }
        CycleStart start = CycleStart.ask(http, serviceRoot, store, clock, mode == Mode.SCHEDULED);
        progress.worked(5);
        SyncContext context = context(start.device());
        try {
            upload.run(context, progress.split(20));
            int rows = new ProfileDownload(context).run(progress.split(65), mode == Mode.SCHEDULED, start.tablesAhead());
            new NoteFileDownload(http, serviceRoot, store.noteFiles()).fetchForSync(progress.split(10));
            summaries.send(context, started, null);
            return rows;
        } catch (OperationCanceledException e) {
            throw e;
        } catch (WebApiException | RuntimeException e) {
            summaries.send(context, started, e.getMessage());
            throw e;
        }
    }
}
