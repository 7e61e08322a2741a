package org.fieldbook.sync.internal;

import java.net.URI;
import java.time.Clock;

import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.LocalStore;

/**
 * What every step of one sync cycle works with: the signed-in connection to the back office, the local
 * store, the schema both speak, what the device syncs and how (its profile), and the clock relative dates
 * and due times are read from.
 *
 * @param serviceRoot the Web API root, e.g. {@code http://127.0.0.1:8080/api/data/v9.2/}
 */
public record SyncContext(AuthorizedHttp http, URI serviceRoot, LocalStore store, DataverseSchema schema, DeviceProfile device,
        Clock clock) {

    /** @return the absolute URI of a path relative to the Web API root, or {@code link} itself when absolute */
    public URI resolve(String link) {
        return serviceRoot.resolve(link);
    }
}
