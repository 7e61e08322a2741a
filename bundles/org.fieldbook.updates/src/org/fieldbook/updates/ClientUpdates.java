package org.fieldbook.updates;

import java.net.URI;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The installed client's p2 updates. Every method may take long (network, disk): call them from a job, never
 * from the UI thread. Nothing here touches the workspace or the local store: p2 changes only the installation.
 */
public interface ClientUpdates {

    /** @return the installed client product's version, e.g. {@code 0.1.0.v20261204-1200}, or "unknown" */
    String installedVersion();

    /**
     * Looks for a newer version of this client in the p2 repository at {@code site}. A repository that cannot
     * be reached, is not a p2 repository, or holds another product is refused with a message that says so.
     */
    UpdateCheck check(URI site, IProgressMonitor monitor);

    /**
     * Downloads what an available update needs into the installation's bundle pool, verifying every artifact's
     * checksum; the installation still runs and starts as before.
     *
     * @return the check with outcome {@link UpdateCheck.Outcome#DOWNLOADED}, or {@link UpdateCheck.Outcome#REFUSED}
     */
    UpdateCheck download(UpdateCheck available, IProgressMonitor monitor);

    /**
     * Applies a downloaded update to the installation's p2 profile; it takes effect at the next start. The
     * profile's state before is remembered: if the new version does not reach its workbench, the start after
     * returns to it (see {@link #workbenchReached()}).
     *
     * @return the check with outcome {@link UpdateCheck.Outcome#APPLIED}, or {@link UpdateCheck.Outcome#REFUSED}
     */
    UpdateCheck apply(UpdateCheck downloaded, IProgressMonitor monitor);

    /**
     * Tells that this version's workbench is up: an update just applied is then kept.
     *
     * @return what to tell the technician, once, when this start follows going back from an update that could not
     *         start; empty otherwise
     */
    Optional<String> workbenchReached();
}
