package org.fieldbook.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.ServiceDocumentReader;

/**
 * A client of the Dataverse Web API subset (see shared/dataverse-subset.md) on Apache HttpClient 5,
 * with pooled connections and timeouts. Responses are read as JSON streams, never whole.
 */
public final class WebApiClient implements AutoCloseable {

    private final URI serviceRoot;
    private final CloseableHttpClient http;

    /** @param serviceRoot the API root, e.g. {@code http://127.0.0.1:8080/api/data/v9.2/} */
    public WebApiClient(URI serviceRoot) {
        this.serviceRoot = serviceRoot.getPath().endsWith("/") ? serviceRoot : URI.create(serviceRoot + "/");
        http = PooledHttpClients.create();
    }

    public URI serviceRoot() {
        return serviceRoot;
    }

    /**
     * Reads the service document.
     *
     * @return the names of the entity sets the server offers
     * @throws SyncException when the server is unreachable, answers with an error, or sends malformed JSON
     */
    public List<String> entitySets() throws SyncException {
        HttpGet request = new HttpGet(serviceRoot);
        request.setHeader("Accept", "application/json");
        request.setHeader("OData-Version", "4.0");
        request.setHeader("OData-MaxVersion", "4.0");
        try {
            return http.execute(request, response -> readServiceDocument(response));
        } catch (MalformedResponseException e) {
            throw new SyncException("The back office at " + serviceRoot + " sent a malformed service document: "
                    + e.getMessage(), e);
        } catch (HttpStatusException e) {
            throw new SyncException("The back office at " + serviceRoot + " answered HTTP " + e.status + ".", e);
        } catch (IOException e) {
            throw new SyncException("Cannot reach the back office at " + serviceRoot + ": " + describe(e), e);
        }
    }

    private static List<String> readServiceDocument(ClassicHttpResponse response) throws IOException {
        if (response.getCode() != 200) {
            throw new HttpStatusException(response.getCode());
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new MalformedResponseException("empty body");
        }
        try (InputStream body = entity.getContent()) {
            return ServiceDocumentReader.entitySetNames(body);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** A non-success status, carried out of HttpClient's response handler. */
    private static final class HttpStatusException extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;

        HttpStatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }
}
