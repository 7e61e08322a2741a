package org.fieldbook.updates.internal;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.operations.ProfileModificationJob;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.fieldbook.updates.ClientUpdates;
import org.fieldbook.updates.UpdateCheck;
import org.fieldbook.updates.UpdateCheck.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ClientUpdates} through the installation's own p2 agent (the one p2's core registers as current from the
 * configuration's {@code eclipse.p2.data.area}). Immediate: at every start it first looks whether the previous
 * start was a new version that never reached its workbench, and goes back if so, before anything else runs.
 */
@Component(service = ClientUpdates.class, immediate = true, property = P2ClientUpdates.ALL_AGENT_SERVICES)
public final class P2ClientUpdates implements ClientUpdates {

    /** The client product's installable unit (the product's uid). */
    static final String PRODUCT = "org.fieldbook.client";

    /**
     * The agent makes its services from factories p2's bundles register as SCR gets to them, in no set order (p2's
     * core registers the agent itself from its activator, before its own event bus): until all are there
     * {@code getService} returns null, or the profile registry fails without its event bus. So this component waits
     * for the factory of every service it uses (DS's minimum cardinality), and can revert at start-up. p2 names a
     * factory's service under one of two keys (its bundles' ages differ); ClientP2RuntimeTest fails when one changes.
     */
    static final String AGENT_SERVICE_FACTORIES = "(|(p2.agent.service.name=org.eclipse.equinox.internal.provisional.p2.core.eventbus.IProvisioningEventBus)"
            + "(p2.agent.servicename=org.eclipse.equinox.p2.engine.IProfileRegistry)(p2.agent.servicename=org.eclipse.equinox.p2.engine.IEngine)"
            + "(p2.agent.servicename=org.eclipse.equinox.p2.planner.IPlanner)"
            + "(p2.agent.service.name=org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager)"
            + "(p2.agent.service.name=org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager)"
            + "(p2.agent.servicename=org.eclipse.equinox.internal.p2.repository.Transport))";
    /** All seven factories that {@link #AGENT_SERVICE_FACTORIES} matches. */
    static final String ALL_AGENT_SERVICES = "agentServices.cardinality.minimum=7";

    private final ILog log = ILog.of(P2ClientUpdates.class);
    private final IProvisioningAgent agent;
    private final PendingUpdate pending;
    private final UndoneUpdates undone;

    /** @param agentServices only waited for (see {@link #AGENT_SERVICE_FACTORIES}); the agent uses them */
    @Activate
    public P2ClientUpdates(@Reference(target = "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)") IProvisioningAgent agent,
            @Reference(name = "agentServices", target = AGENT_SERVICE_FACTORIES) List<IAgentServiceFactory> agentServices) {
        this.agent = agent;
        this.pending = new PendingUpdate(configurationFolder().resolve("org.fieldbook.updates/pending-update.properties"));
        this.undone = new UndoneUpdates(configurationFolder().resolve("org.fieldbook.updates/undone-updates.properties"));
        pending.countStart().ifPresentOrElse(this::afterUpdate,
                () -> log.info("Updates: this client is " + PRODUCT + " " + installedVersion() + " (p2 profile " + profileId() + ")"));
    }

    @Override
    public String installedVersion() {
        IProfile profile = profile();
        if (profile == null) {
            return "unknown";
        }
        return profile.query(QueryUtil.createIUQuery(PRODUCT), null).stream().findFirst()
                .map(unit -> unit.getVersion().toString()).orElse("unknown");
    }

    @Override
    public UpdateCheck check(URI site, IProgressMonitor monitor) {
        String refusal = new UpdateSiteCheck(agent).refusal(site, monitor);
        if (refusal != null) {
            return UpdateCheck.refused(site, refusal);
        }
        UpdateOperation operation = new UpdateOperation(new ProvisioningSessions(agent).session());
        operation.setProvisioningContext(ProvisioningSessions.onlyFrom(agent, site));
        IStatus status = operation.resolveModal(monitor);
        if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new UpdateCheck(site, Outcome.NONE, null, null, null);
        }
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            return UpdateCheck.refused(site, "The update at " + site + " cannot be installed: " + Statuses.text(status));
        }
        String version = Arrays.stream(operation.getSelectedUpdates())
                .filter(update -> PRODUCT.equals(update.replacement.getId())).map(update -> update.replacement.getVersion().toString())
                .findFirst().orElse(null);
        if (version == null) {
            return UpdateCheck.refused(site, "The update site " + site + " offers no new version of the Fieldbook client.");
        }
        Optional<String> wentBack = undone.undone(version);
        if (wentBack.isPresent()) {
            return UpdateCheck.refused(site, "The update to " + version + " at " + site + " is not installed again: this device went"
                    + " back from it (" + wentBack.get() + "). A newer release will be.");
        }
        return new UpdateCheck(site, Outcome.AVAILABLE, version, null, operation);
    }

    @Override
    public UpdateCheck download(UpdateCheck available, IProgressMonitor monitor) {
        ProvisioningJob job = ((UpdateOperation) available.plan()).getProvisioningJob(monitor);
        if (job instanceof ProfileModificationJob modification) {
            modification.setPhaseSet(PhaseSetFactory.createPhaseSetIncluding(new String[] { PhaseSetFactory.PHASE_COLLECT }));
        }
        return finished(available, job, Outcome.DOWNLOADED, "downloaded", monitor);
    }

    @Override
    public UpdateCheck apply(UpdateCheck downloaded, IProgressMonitor monitor) {
        IProfile before = profile();
        String fromVersion = installedVersion();
        UpdateOperation operation = (UpdateOperation) downloaded.plan();
        IStatus kept = kept().keep(operation.getProvisioningPlan().getRemovals(), monitor);
        if (!kept.isOK()) {
            return UpdateCheck.refused(downloaded.site(), "The update to " + downloaded.version()
                    + " was refused, nothing changed: the way back cannot be kept (" + Statuses.text(kept) + ")");
        }
        pending.write(new PendingUpdate.Note(before.getTimestamp(), fromVersion, downloaded.version(), 0));
        UpdateCheck applied = finished(downloaded, operation.getProvisioningJob(monitor), Outcome.APPLIED,
                "applied", monitor);
        if (applied.outcome() != Outcome.APPLIED) {
            pending.clear(); // p2 rolls a failed commit back itself: the installation is as before
        }
        return applied;
    }

    @Override
    public Optional<String> workbenchReached() {
        pending.read().ifPresent(note -> {
            pending.clear();
            kept().discard();
            log.info("Updates: version " + note.toVersion() + " reached its workbench; the update from " + note.fromVersion()
                    + " is kept");
        });
        return undone.untold();
    }

    private UpdateCheck finished(UpdateCheck check, ProvisioningJob job, Outcome success, String done, IProgressMonitor monitor) {
        if (job == null) {
            return UpdateCheck.refused(check.site(), "The update to " + check.version() + " has nothing to install.");
        }
        IStatus status = job.runModal(monitor);
        if (!status.isOK() && status.getSeverity() != IStatus.INFO && status.getSeverity() != IStatus.WARNING) {
            UpdateCheck refused = UpdateCheck.refused(check.site(), "The update to " + check.version()
                    + " was refused, nothing changed: " + Statuses.text(status));
            log.warn("Updates: " + refused.message());
            return refused;
        }
        log.info("Updates: version " + check.version() + " " + done + " from " + check.site());
        return check.then(success);
    }

    /**
     * A start after an update. The new version's first start goes on unless one of its Fieldbook bundles cannot
     * resolve (then it never reaches its workbench); a later one means the first never reached it. Either way the
     * profile goes back to the version before, which starts at once.
     */
    private void afterUpdate(PendingUpdate.Note note) {
        List<String> unresolved = note.starts() == 0 ? Rollback.unresolvedBundles() : List.of();
        if (note.starts() == 0 && unresolved.isEmpty()) {
            log.info("Updates: first start of version " + note.toVersion() + " (was " + note.fromVersion() + ")");
            return;
        }
        pending.clear();
        new Rollback(agent, kept(), undone).goBack(note, unresolved.isEmpty() ? "its first start never reached its workbench"
                : String.join(", ", unresolved) + " cannot resolve");
    }

    private KeptArtifacts kept() {
        return new KeptArtifacts(agent, configurationFolder().resolve("org.fieldbook.updates/kept"));
    }

    private IProfile profile() {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        return registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
    }

    private String profileId() {
        IProfile profile = profile();
        return profile == null ? "none" : profile.getProfileId();
    }

    private static Path configurationFolder() {
        URL configuration = Platform.getConfigurationLocation().getURL();
        return Path.of(configuration.getPath());
    }
}
