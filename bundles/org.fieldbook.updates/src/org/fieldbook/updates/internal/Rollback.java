package org.fieldbook.updates.internal;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Going back from an update that cannot start to the version before, while the framework starts: the p2 profile
 * returns to the state the pending note remembers, the way p2's own revert does (the planner's diff plan between
 * the current and the old state, performed by the engine, reinstalling what applying removed from the
 * {@link KeptArtifacts}), and Fieldbook starts again at once as that version.
 */
final class Rollback {

    /** Eclipse's exit code for "start me again" (IApplication.EXIT_RESTART), which fieldbook.sh loops on. */
    private static final int EXIT_RESTART = 23;

    private final ILog log = ILog.of(Rollback.class);
    private final IProvisioningAgent agent;
    private final KeptArtifacts kept;
    private final UndoneUpdates undone;

    Rollback(IProvisioningAgent agent, KeptArtifacts kept, UndoneUpdates undone) {
        this.agent = agent;
        this.kept = kept;
        this.undone = undone;
    }

    /** @return the Fieldbook bundles of this start that cannot resolve, after asking the framework to resolve them */
    static List<String> unresolvedBundles() {
        BundleContext context = FrameworkUtil.getBundle(Rollback.class).getBundleContext();
        List<Bundle> fieldbook = Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.fieldbook.")).toList();
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(fieldbook);
        return fieldbook.stream().filter(bundle -> bundle.getState() == Bundle.INSTALLED).map(Bundle::getSymbolicName).toList();
    }

    /**
     * Goes back from {@code note}'s version and restarts when it could.
     *
     * @param failed why that version cannot start, in words for the log and the technician
     */
    void goBack(PendingUpdate.Note note, String failed) {
        IStatus reverted = revertTo(note.previousState());
        if (!reverted.isOK()) {
            log.error("Updates: version " + note.toVersion() + " cannot start (" + failed + "), and going back to " + note.fromVersion()
                    + " failed: " + Statuses.text(reverted));
            return;
        }
        try {
            undone.add(note.toVersion(), note.fromVersion(), failed, Instant.now());
        } catch (UncheckedIOException e) {
            // The old version must start whatever happens: unnoted, the same release is merely offered again.
            log.warn("Updates: " + e.getMessage() + "; version " + note.toVersion() + " may be offered again");
        }
        log.error("Updates: version " + note.toVersion() + " cannot start (" + failed + "); went back to " + note.fromVersion()
                + ", which starts now");
        restartBeforeTheWorkbench();
    }

    private IStatus revertTo(long timestamp) {
        try {
            kept.offer();
        } catch (ProvisionException e) {
            return e.getStatus();
        }
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile current = registry.getProfile(IProfileRegistry.SELF);
        IProfile previous = registry.getProfile(current.getProfileId(), timestamp);
        if (previous == null) {
            return Statuses.error("the profile state " + timestamp + " is gone");
        }
        IProvisioningPlan plan = agent.getService(IPlanner.class).getDiffPlan(current, previous, null);
        return agent.getService(IEngine.class).perform(plan, null);
    }

    /**
     * Ends this start with the restart exit code, on which the launch script starts Fieldbook again: the bundles of
     * the version that failed are still the ones loaded. This runs while the framework starts, before the
     * application, the workbench or the store: nothing is open to save, and an orderly exit would stop the framework
     * from inside its own start.
     */
    private static void restartBeforeTheWorkbench() {
        Runtime.getRuntime().halt(EXIT_RESTART);
    }
}
