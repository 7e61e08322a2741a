package org.fieldbook.updates.internal;

import java.net.URI;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.operations.ProvisioningSession;

/** p2 sessions and contexts that reach only the back office's site: no other repository p2 may remember. */
final class ProvisioningSessions {

    private final IProvisioningAgent agent;

    ProvisioningSessions(IProvisioningAgent agent) {
        this.agent = agent;
    }

    ProvisioningSession session() {
        return new ProvisioningSession(agent);
    }

    static ProvisioningContext onlyFrom(IProvisioningAgent agent, URI site) {
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(site);
        context.setArtifactRepositories(site);
        context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
        return context;
    }
}
