package org.fieldbook.sync.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiClient;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The back office named by the {@value BackOfficeConnection#URL_PROPERTY} property. */
@Component(service = BackOfficeConnection.class)
public final class ConfiguredBackOfficeConnection implements BackOfficeConnection {

    private final WebApiClient client;

    @Activate
    public ConfiguredBackOfficeConnection(BundleContext context) {
        String configured = context.getProperty(URL_PROPERTY);
        client = new WebApiClient(URI.create(configured == null || configured.isBlank() ? DEFAULT_URL : configured.trim()));
    }

    @Override
    public URI serviceRoot() {
        return client.serviceRoot();
    }

    @Override
    public List<String> probe() throws SyncException {
        return client.entitySets();
    }

    @Deactivate
    void close() {
        try {
            client.close();
        } catch (IOException e) {
            ILog.of(ConfiguredBackOfficeConnection.class).warn("Closing the HTTP client failed: " + e.getMessage(), e);
        }
    }
}
