package org.fieldbook.sync.internal.engine;

import java.net.URI;
import java.time.Clock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.upload.UploadReport;

/**
 * One sync cycle: learn what to sync (the published profile), upload the outbox, then download the
 * profile's tables. An upload-only pass sends local edits soon after they are made, with the profile the
 * device already has.
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

    SyncCycle(AuthorizedHttp http, URI serviceRoot, LocalStore store, Clock clock, Upload upload) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.store = store;
        this.clock = clock;
        this.upload = upload;
        this.profiles = new ProfileSource(http, serviceRoot, store.configuration());
    }

    /** @return rows downloaded */
    int run(Mode mode, IProgressMonitor monitor) throws SyncException {
        SubMonitor progress = SubMonitor.convert(monitor, "Syncing with the back office", 100);
        progress.subTask("Reading the offline profile");
        DeviceProfile device = mode == Mode.UPLOAD_ONLY ? profiles.cached().orElse(null) : profiles.fetch();
        progress.worked(5);
        if (device == null) {
            return 0; // nothing to base an upload on until a full cycle learns the profile
        }
        SyncContext context = new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), device, clock);
        upload.run(context, progress.split(20));
        if (mode == Mode.UPLOAD_ONLY) {
            return 0;
        }
        return new ProfileDownload(context).run(progress.split(75), mode == Mode.SCHEDULED);
    }
}
