package org.fieldbook.sync.internal.faults;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.DeviceTables;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.ProfileSource;
import org.fieldbook.sync.internal.ReadsAhead;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.sync.internal.download.CycleStart;
import org.fieldbook.sync.internal.download.ProfileDownload;

/**
 * A device for sync tests: its own encrypted store, HTTP client and sign-in (a demo account, {@code tech1}
 * unless told otherwise), talking to one service root (the back office, or a proxy in front of it).
 */
public final class Device implements AutoCloseable {

    private final URI serviceRoot;
    private final CloseableHttpClient client;
    private final DerbyLocalStore store;
    private final OAuthAccount account;
    private final AuthorizedHttp http;

    private Device(URI serviceRoot, Path folder, Timeout readTimeout, String user) throws IOException, SyncException {
        this.serviceRoot = serviceRoot;
        this.client = PooledHttpClients.create(readTimeout);
        this.account = OAuthAccount.of(serviceRoot,
                SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), null), client);
        account.signIn(user, BackOfficeServer.DEMO_PASSWORD.toCharArray());
        this.http = new AuthorizedHttp(client, account);
        this.store = openStore(folder);
    }

    /** @return the encrypted store of the device in {@code folder}, as a device of these tests opens it, in or outside OSGi */
    public static DerbyLocalStore openStore(Path folder) {
        return new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "fault-test-key");
    }

    /** @return a device in {@code folder}, signed in through {@code serviceRoot}, with the product's read timeout */
    public static Device signedIn(URI serviceRoot, Path folder) throws IOException, SyncException {
        return signedIn(serviceRoot, folder, "tech1");
    }

    /** @return a device in {@code folder} signed in as the demo account {@code user} */
    public static Device signedIn(URI serviceRoot, Path folder, String user) throws IOException, SyncException {
        return new Device(serviceRoot, folder, Timeout.ofSeconds(30), user);
    }

    /** @return a device whose reads give up after {@code readTimeout}, to test a stalled back office quickly */
    public static Device signedIn(URI serviceRoot, Path folder, Timeout readTimeout) throws IOException, SyncException {
        return new Device(serviceRoot, folder, readTimeout, "tech1");
    }

    /** @return what a cycle works with, after fetching the device's profile now */
    public SyncContext context(Clock clock) throws SyncException {
        return context(new ProfileSource(http, serviceRoot, store.configuration()).fetch(ReadsAhead.none()), clock);
    }

    private SyncContext context(DeviceProfile profile, Clock clock) {
        return new SyncContext(http, serviceRoot, store, DataverseSchema.fieldbook(), profile, clock);
    }

    public DerbyLocalStore store() {
        return store;
    }

    public OAuthAccount account() {
        return account;
    }

    public AuthorizedHttp http() {
        return http;
    }

    public URI serviceRoot() {
        return serviceRoot;
    }

    /**
     * The download half of a cycle as the engine starts it ({@link CycleStart}): the profile, with the tables' first
     * reads when nothing waits to be uploaded, then the tables. @return rows written
     */
    public int download() throws SyncException {
        return download(new NullProgressMonitor());
    }

    /** @return rows written */
    public int download(IProgressMonitor monitor) throws SyncException {
        CycleStart start = CycleStart.ask(http, serviceRoot, store, Clock.systemUTC(), false);
        return new ProfileDownload(context(start.device(), Clock.systemUTC())).run(SubMonitor.convert(monitor), false, start.tablesAhead());
    }

    /** @return every table the device keeps, by logical name, as its rows' key → version: equal maps, equal devices */
    public Map<String, Map<String, Long>> contents() {
        return contents(store);
    }

    /** @return every table {@code store} keeps, by logical name, as its rows' key → version */
    public static Map<String, Map<String, Long>> contents(LocalStore store) {
        Map<String, Map<String, Long>> contents = new TreeMap<>();
        for (DataverseTable table : DataverseSchema.fieldbook().tables()) {
            if (!DeviceTables.onDevices(table.eClass())) {
                continue;
            }
            contents.put(table.logicalName(), new TreeMap<>(store.records().versions(table.eClass())));
        }
        return contents;
    }

    @Override
    public void close() throws IOException {
        store.close();
        client.close();
    }
}
