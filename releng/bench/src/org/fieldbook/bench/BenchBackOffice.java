package org.fieldbook.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.AuthorizedHttp;
import org.fieldbook.sync.internal.PooledHttpClients;

/**
 * A back office on a free loopback port with generated demo data and no request limit (throttling is not
 * what is measured), and HTTP clients signed in as its demo users.
 */
final class BenchBackOffice implements AutoCloseable {

    private static final long SEED = 42;

    private final BackOfficeServer server;
    private final DemoData demo;
    private final CloseableHttpClient client = PooledHttpClients.create();

    BenchBackOffice(Path folder, DemoSize size) {
        server = BackOfficeServer.start(BackOfficeSettings.of(folder).withAddress("127.0.0.1", 0)
                .withRequestLimit(Integer.MAX_VALUE, Duration.ofMinutes(5)));
        demo = new DemoDataGenerator(SEED, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(size);
        server.loadDemoData(demo);
    }

    DemoData demo() {
        return demo;
    }

    URI serviceRoot() {
        return server.serviceRoot();
    }

    URI tokenEndpoint() {
        return server.tokenEndpoint();
    }

    /** @return requests as a freshly signed-in demo user */
    AuthorizedHttp as(String user) throws SyncException {
        return signIn(server.tokenEndpoint(), client, user);
    }

    static AuthorizedHttp signIn(URI tokenEndpoint, CloseableHttpClient client, String user) throws SyncException {
        BenchAccount account = new BenchAccount(tokenEndpoint, client);
        account.signIn(user, BackOfficeServer.DEMO_PASSWORD.toCharArray());
        return new AuthorizedHttp(client, account);
    }

    /** Changes a row through the Web API, as {@code http}'s user. */
    void patch(AuthorizedHttp http, String path, String json) throws SyncException {
        patch(http, server.serviceRoot(), path, json);
    }

    /** Changes a row through the Web API of the back office at {@code serviceRoot}, as {@code http}'s user. */
    static void patch(AuthorizedHttp http, URI serviceRoot, String path, String json) throws SyncException {
        http.execute(ClassicRequestBuilder.patch(serviceRoot.resolve(path))
                .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8))).build(),
                response -> null);
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
