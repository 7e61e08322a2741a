package org.fieldbook.updates;

import java.net.URI;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Checks the back office's update site and, when a newer client is there, downloads it, in the background (a
 * system job: a technician sees no progress dialog for it). The outcome goes to a listener, on the job's thread.
 * One runs at a time: {@link #belongsTo(Object)} lets a caller skip scheduling a second.
 */
public final class UpdateJob extends Job {

    /** The family of update jobs. */
    public static final Object FAMILY = UpdateJob.class;

    private final ClientUpdates updates;
    private final URI site;
    private final Consumer<UpdateCheck> listener;

    public UpdateJob(ClientUpdates updates, URI site, Consumer<UpdateCheck> listener) {
        super("Checking for Fieldbook updates");
        this.updates = updates;
        this.site = site;
        this.listener = listener;
        setSystem(true);
        setPriority(DECORATE); // behind the sync and everything the technician does
    }

    /** @return where a back office with Web API root {@code serviceRoot} serves the client's updates */
    public static URI siteOf(URI serviceRoot) {
        return serviceRoot.resolve("/updates/client/");
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        UpdateCheck check = updates.check(site, progress.split(1));
        if (check.outcome() == UpdateCheck.Outcome.AVAILABLE) {
            check = updates.download(check, progress.split(1));
        }
        if (check.outcome() == UpdateCheck.Outcome.REFUSED) {
            ILog.of(UpdateJob.class).warn("Updates: " + check.message());
        } else if (check.outcome() == UpdateCheck.Outcome.NONE) {
            ILog.of(UpdateJob.class).info("Updates: " + updates.installedVersion() + " is the newest at " + site);
        }
        listener.accept(check);
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
