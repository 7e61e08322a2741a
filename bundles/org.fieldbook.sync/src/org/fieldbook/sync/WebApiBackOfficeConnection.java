package org.fieldbook.sync;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.fieldbook.sync.internal.SyncLog;


/** A back office reached through the Web API at a given root. */
public class WebApiBackOfficeConnection implements BackOfficeConnection, AutoCloseable {

    private final WebApiClient client;

    public WebApiBackOfficeConnection(URI serviceRoot) {
        client = new WebApiClient(serviceRoot);
    }

    @Override
    public URI serviceRoot() {
        return client.serviceRoot();
    }

    @Override
    public List<String> probe() throws SyncException {
        return client.entitySets();
    }

    /** Releases the pooled connections; a failure to do so is logged, as nothing can be done about it. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            SyncLog.of(WebApiBackOfficeConnection.class).warn("Closing the HTTP client failed: " + e.getMessage(), e);
        }
    }
}
