package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

/** Pooled connections the server closed while they were idle are not reused for the next request. */
class PooledHttpClientsTest {

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedNotFailed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                CloseableHttpClient client = PooledHttpClients.create()) {
            Thread answering = new Thread(() -> answerEachConnectionOnceThenClose(server), "closing server");
            answering.setDaemon(true);
            answering.start();
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/data/v9.2/");

            assertThat(get(client, uri)).isEqualTo("ok 1");
            Thread.sleep(1_500); // idle past the pool's validation interval, as between two syncs
            assertThat(get(client, uri)).as("a fresh connection after the server closed the idle one").isEqualTo("ok 2");
        }
    }

    private static String get(CloseableHttpClient client, URI uri) throws IOException {
        return client.execute(new HttpGet(uri), response -> EntityUtils.toString(response.getEntity()));
    }

    /** Answers one request per connection, keeping it alive as far as the client can tell, then closes it. */
    private static void answerEachConnectionOnceThenClose(ServerSocket server) {
        for (int answer = 1; !server.isClosed(); answer++) {
            try (Socket connection = server.accept()) {
                BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                    // the request's head; a GET has no body
                }
                String body = "ok " + answer;
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200); // let the client read the answer before the close
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }
}
