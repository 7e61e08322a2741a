package org.fieldbook.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.download.CycleStart;
import org.fieldbook.sync.internal.download.ProfileDownload;
import org.fieldbook.sync.internal.upload.OutboxUpload;
import org.fieldbook.sync.internal.upload.UploadReport;

/** A device with a fresh encrypted store, signed in: the download and upload halves of a sync cycle. */
final class BenchDevice implements AutoCloseable {

    static final String KEY = "benchmark-key-0123456789";

    private final AuthorizedHttp http;
    private final URI serviceRoot;
    private final DerbyLocalStore store;

    BenchDevice(AuthorizedHttp http, URI serviceRoot, Path folder) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.store = new DerbyLocalStore(folder, (database, mayCreate) -> KEY);
    }

    DerbyLocalStore store() {
        return store;
    }

    /** @return what the back office says this device syncs */
    DeviceProfile profile() throws SyncException {
        return new ProfileSource(http, serviceRoot, store.configuration()).fetch(ReadsAhead.none());
    }

    /**
     * Fetches the profile and downloads every table of it, as the Sync button does: a device that synced before asks
     * the profile and the tables' first reads in one batch ({@link CycleStart}); @return rows written
     */
    int download() throws SyncException {
        CycleStart start = CycleStart.ask(http, serviceRoot, store, Clock.systemUTC(), false);
        return new ProfileDownload(context(start.device())).run(SubMonitor.convert(new NullProgressMonitor()), false, start.tablesAhead());
    }

    /** Downloads every table of {@code profile}; @return rows written */
    int download(DeviceProfile profile) throws SyncException {
        return download(profile, new NullProgressMonitor());
    }

    /** Downloads every table of {@code profile}, telling {@code monitor} which table is on; @return rows written */
    int download(DeviceProfile profile, IProgressMonitor monitor) throws SyncException {
        return new ProfileDownload(context(profile)).run(SubMonitor.convert(monitor));
    }

    /** Sends the outbox; @return records sent */
    int upload(DeviceProfile profile) throws SyncException {
        return send(profile).sent();
    }

    /** Sends the outbox; @return what was sent, and what conflicted or failed */
    UploadReport send(DeviceProfile profile) throws SyncException {
        return new OutboxUpload().upload(context(profile), new NullProgressMonitor());
    }

    private SyncContext context(DeviceProfile profile) {
        return new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), profile, Clock.systemUTC());
    }

    @Override
    public void close() {
        store.close();
    }
}
