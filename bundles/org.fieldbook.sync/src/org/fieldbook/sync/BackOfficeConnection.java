package org.fieldbook.sync;

import java.net.URI;
import java.util.List;

/**
 * The back office this client syncs with, as an OSGi service. Its address comes from the
 * {@value #URL_PROPERTY} framework or system property (the launch scripts set it).
 */
public interface BackOfficeConnection {

    /** Property naming the Web API root of the back office. */
    String URL_PROPERTY = "fieldbook.backoffice.url";

    /** Where a development back office listens unless told otherwise. */
    String DEFAULT_URL = "http://127.0.0.1:8080/api/data/v9.2/";

    /** @return the Web API root in use */
    URI serviceRoot();

    /**
     * Asks the back office which tables it serves. Blocks on the network: call it from a job.
     *
     * @return the entity sets offered
     * @throws SyncException when the back office cannot be reached or answers wrongly
     */
    List<String> probe() throws SyncException;
}
