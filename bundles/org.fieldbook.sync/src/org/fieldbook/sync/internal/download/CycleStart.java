package org.fieldbook.sync.internal.download;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;

/**
 * The first request of a cycle that downloads. A device that knows its profile asks the profile's reads ahead in one
 * {@code $batch}, and, with nothing to upload, its tables' first reads too: an unchanged profile and an empty delta
 * then cost this one round trip. An upload changes what the tables' reads answer, so with edits waiting the download
 * asks its own after the upload. A device that knows no profile yet reads it one request at a time.
 *
 * @param device the profile the back office answered, now also the cached one
 * @param tablesAhead the tables' first reads asked with the profile, to hand to {@link ProfileDownload}; empty when
 *        the download is to ask its own
 */
public record CycleStart(DeviceProfile device, Optional<ReadsAhead> tablesAhead) {

    /**
     * @param dueOnly whether the download takes only the tables that are due
     * @throws SyncException as {@link ProfileSource#fetch} does
     */
    public static CycleStart ask(AuthorizedHttp http, URI serviceRoot, LocalStore store, Clock clock, boolean dueOnly)
            throws SyncException {
        ProfileSource profiles = new ProfileSource(http, serviceRoot, store.configuration());
        Optional<DeviceProfile> known = profiles.cached();
        boolean tablesAhead = known.isPresent() && store.outbox().size() == 0;
        List<ReadsAhead.Read> reads = new ArrayList<>(profiles.reads(known));
        if (tablesAhead) {
            SyncContext context = new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), known.get(), clock);
            reads.addAll(new ProfileDownload(context).firstReads(dueOnly));
        }
        ReadsAhead ahead = ReadsAhead.ask(http, serviceRoot, reads);
        return new CycleStart(profiles.fetch(ahead), tablesAhead ? Optional.of(ahead) : Optional.empty());
    }
}
