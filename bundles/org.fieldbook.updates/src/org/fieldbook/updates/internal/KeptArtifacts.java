package org.fieldbook.updates.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.spi.ArtifactDescriptor;

/**
 * The artifacts of the units an update removes, kept in a repository inside the installation before it is applied.
 * Applying deletes the old feature folder and root files (bundle jars stay in the pool), and the back office may
 * serve only the new release by then: going back reinstalls them from here, without the network.
 */
final class KeptArtifacts {

    private final IProvisioningAgent agent;
    private final URI location;

    KeptArtifacts(IProvisioningAgent agent, Path folder) {
        this.agent = agent;
        this.location = folder.toUri();
    }

    /** Copies the artifacts of {@code removed} from the installation's own repositories; an error when one fails. */
    IStatus keep(IQueryable<IInstallableUnit> removed, IProgressMonitor monitor) {
        try {
            IArtifactRepository kept = open();
            List<IArtifactRepository> sources = localRepositories();
            for (IInstallableUnit unit : removed.query(QueryUtil.createIUAnyQuery(), monitor)) {
                for (IArtifactKey key : unit.getArtifacts()) {
                    IStatus copied = copy(key, sources, kept, monitor);
                    if (!copied.isOK()) {
                        return copied;
                    }
                }
            }
            return Status.OK_STATUS;
        } catch (ProvisionException e) {
            return e.getStatus();
        }
    }

    /** Makes the kept artifacts known to p2 again (a new start has forgotten them), for going back. */
    void offer() throws ProvisionException {
        open();
    }

    /** Forgets the kept artifacts: the update they could undo is kept. */
    void discard() {
        agent.getService(IArtifactRepositoryManager.class).removeRepository(location);
        try (Stream<Path> files = Files.walk(Path.of(location))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (NoSuchFileException e) {
            // nothing was kept
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + location, e);
        }
    }

    private IArtifactRepository open() throws ProvisionException {
        IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
        if (Path.of(location).resolve("artifacts.xml").toFile().isFile()) {
            return manager.loadRepository(location, null);
        }
        return manager.createRepository(location, "Fieldbook: what going back to the version before reinstalls",
                IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, null);
    }

    private List<IArtifactRepository> localRepositories() throws ProvisionException {
        IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
        List<IArtifactRepository> local = new ArrayList<>();
        for (URI repository : manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_LOCAL)) {
            if (!repository.equals(location)) {
                local.add(manager.loadRepository(repository, null));
            }
        }
        return local;
    }

    private static IStatus copy(IArtifactKey key, List<IArtifactRepository> sources, IArtifactRepository kept, IProgressMonitor monitor) {
        if (kept.contains(key)) {
            return Status.OK_STATUS;
        }
        for (IArtifactRepository source : sources) {
            for (IArtifactDescriptor descriptor : source.getArtifactDescriptors(key)) {
                try (OutputStream out = kept.getOutputStream(new ArtifactDescriptor(descriptor))) {
                    return source.getArtifact(descriptor, out, monitor);
                } catch (ProvisionException e) {
                    return e.getStatus();
                } catch (IOException e) {
                    return Statuses.error("Cannot keep " + key + " for going back: " + e.getMessage());
                }
            }
        }
        return Statuses.error("The installation holds no " + key + " to keep for going back");
    }
}
