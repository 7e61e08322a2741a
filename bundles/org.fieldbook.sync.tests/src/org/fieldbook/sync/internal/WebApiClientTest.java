package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiClient;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

/** The client against the real back office on loopback, and against servers that misbehave. */
class WebApiClientTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();

    @Test
    void readsTheEntitySetsOfTheRealBackOffice() throws Exception {
        try (WebApiClient client = new WebApiClient(BACK_OFFICE.serviceRoot())) {
            assertThat(client.entitySets())
                    .contains("bookableresourcebookings", "msdyn_workorders", "accounts", "bookingstatuses");
        }
    }

    @Test
    void aServiceRootWithoutTrailingSlashStillWorks() throws Exception {
        String root = BACK_OFFICE.serviceRoot().toString();
        try (WebApiClient client = new WebApiClient(URI.create(root.substring(0, root.length() - 1)))) {
            assertThat(client.serviceRoot()).isEqualTo(BACK_OFFICE.serviceRoot());
            assertThat(client.entitySets()).contains("accounts");
        }
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (WebApiClient client = new WebApiClient(URI.create("http://127.0.0.1:" + closedPort + "/api/data/v9.2/"))) {
            assertThatThrownBy(client::entitySets)
                    .isInstanceOf(SyncException.class)
                    .hasMessageContaining("Cannot reach the back office at http://127.0.0.1:" + closedPort);
        }
    }

    @Test
    void aServerErrorIsReportedWithItsStatus() throws Exception {
        HttpServer server = serve(503, "{\"error\":{\"code\":\"0x80040216\",\"message\":\"busy\"}}");
        try (WebApiClient client = new WebApiClient(root(server))) {
            assertThatThrownBy(client::entitySets).isInstanceOf(SyncException.class).hasMessageContaining("answered HTTP 503");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTruncatedBodyIsAMalformedResponse() throws Exception {
        HttpServer server = serve(200, "{\"@odata.context\":\"$metadata\",\"value\":[{\"name\":\"accounts\",");
        try (WebApiClient client = new WebApiClient(root(server))) {
            assertThatThrownBy(client::entitySets).isInstanceOf(SyncException.class)
                    .hasMessageContaining("malformed service document");
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer serve(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static URI root(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/data/v9.2/");
    }
}
