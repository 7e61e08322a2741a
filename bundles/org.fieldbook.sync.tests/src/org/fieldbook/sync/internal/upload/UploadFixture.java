package org.fieldbook.sync.internal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.DeviceProfile;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.SyncContext;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.sync.internal.json.PageConsumer;
import org.fieldbook.sync.internal.json.RecordPageReader;

/**
 * Devices for the upload's tests: real encrypted stores in temporary folders, and users signed in to the real
 * back office once per test class (the back office allows ten sign-ins a minute per user).
 */
final class UploadFixture implements AutoCloseable {

    static final DataverseSchema SCHEMA = DataverseSchema.fieldbook();

    private final BackOfficeServer server;
    private final Path folder;
    private final CloseableHttpClient client = PooledHttpClients.create();
    private final Map<String, AuthorizedHttp> signedIn = new HashMap<>();

    UploadFixture(BackOfficeServer server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    static DerbyLocalStore openStore(Path folder) {
        return new DerbyLocalStore(folder.resolve("db"), (database, mayCreate) -> "upload-test-key");
    }

    /** @return requests as {@code user}, who signs in with the demo password the first time */
    AuthorizedHttp as(String user) throws IOException, SyncException {
        AuthorizedHttp http = signedIn.get(user);
        if (http == null) {
            OAuthAccount account = OAuthAccount.of(server.serviceRoot(),
                    SecurePreferencesFactory.open(folder.resolve("secure-" + user).toUri().toURL(), null), client);
            account.signIn(user, BackOfficeServer.DEMO_PASSWORD.toCharArray());
            http = new AuthorizedHttp(client, account);
            signedIn.put(user, http);
        }
        return http;
    }

    /** @return the upload's own requests as {@code user} */
    UploadHttp api(String user) throws IOException, SyncException {
        return new UploadHttp(as(user), server.serviceRoot());
    }

    /** @return the upload's context for the device of {@code user} */
    SyncContext context(DerbyLocalStore store, String user, boolean serverWins) throws IOException, SyncException {
        return context(as(user), server.serviceRoot(), store, user, serverWins);
    }

    static SyncContext context(AuthorizedHttp http, URI serviceRoot, DerbyLocalStore store, String user, boolean serverWins) {
        DeviceProfile device = new DeviceProfile(user, List.of(), null, null, FieldbookFactory.eINSTANCE.createOfflineProfile(), serverWins);
        return new SyncContext(http, serviceRoot, store, SCHEMA, device, Clock.systemUTC());
    }

    /** @return rows of a query as {@code user} sees them, e.g. {@code $top=5} */
    <T extends Record> List<T> rows(String user, EClass eClass, String query) throws IOException, SyncException {
        DataverseTable table = SCHEMA.byClass(eClass).orElseThrow();
        List<T> rows = new ArrayList<>();
        as(user).execute(ClassicRequestBuilder.get(server.serviceRoot().resolve(table.entitySet() + "?" + query)).build(), response -> {
            try (InputStream body = response.getEntity().getContent()) {
                return new RecordPageReader(table, 100).read(body, new PageConsumer() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public void rows(List<Record> page) {
                        page.forEach(row -> rows.add((T) row));
                    }

                    @Override
                    public void deleted(List<String> ids) {
                        // none in a plain read
                    }
                });
            }
        });
        return rows;
    }

    /** Stores the server's row as a download would. */
    static void download(DerbyLocalStore store, Record row) {
        store.downloads().apply(new DownloadPage(row.eClass(), List.of(row), List.of(), null, null, null));
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
