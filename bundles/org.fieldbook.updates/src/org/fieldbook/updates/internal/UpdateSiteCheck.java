package org.fieldbook.updates.internal;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Whether a site can be used at all, before p2 plans anything: it must be reachable, hold both p2 repositories,
 * and offer this product. Each refusal says which, so an administrator who pointed the back office at the wrong
 * folder reads it in the client's log. The site is loaded afresh each time (p2 would otherwise keep the release it
 * saw first); its cache still saves the downloads of unchanged files.
 */
final class UpdateSiteCheck {

    private final IProvisioningAgent agent;

    UpdateSiteCheck(IProvisioningAgent agent) {
        this.agent = agent;
    }

    /** @return why {@code site} cannot be used, or null when it can */
    String refusal(URI site, IProgressMonitor monitor) {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        metadata.removeRepository(site);
        artifacts.removeRepository(site);
        IMetadataRepository repository;
        try {
            repository = metadata.loadRepository(site, monitor);
            artifacts.loadRepository(site, monitor);
        } catch (ProvisionException e) {
            return "The update site " + site + " cannot be used: " + Statuses.text(e.getStatus())
                    + " (is the back office reachable, and does --client-updates name the client's p2 repository?)";
        }
        if (repository.query(QueryUtil.createIUQuery(P2ClientUpdates.PRODUCT), monitor).isEmpty()) {
            return "The update site " + site + " holds no Fieldbook client (" + P2ClientUpdates.PRODUCT
                    + "): it is another product's repository.";
        }
        return null;
    }
}
