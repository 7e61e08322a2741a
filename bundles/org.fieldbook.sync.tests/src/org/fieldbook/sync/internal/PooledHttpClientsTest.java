package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.Test;

/**
 * Pooled connections the server closed: checked before reuse after a second's rest, and a read sent on one
 * the server closed meanwhile goes out again on a new one; a write never does.
 */
class PooledHttpClientsTest {

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedNotFailed() throws Exception {
        try (ServerSocket server = closingServer(); CloseableHttpClient client = PooledHttpClients.create()) {
            URI uri = uri(server);

            assertThat(get(client, uri)).isEqualTo("ok 1");
            Thread.sleep(1_500); // idle past the pool's validation interval, as between two syncs
            assertThat(get(client, uri)).as("a fresh connection after the server closed the idle one").isEqualTo("ok 2");
        }
    }

    @Test
    void aReadOnAConnectionClosedAMomentAgoIsSentAgainButAWriteIsNot() throws Exception {
        try (ServerSocket server = closingServer(); CloseableHttpClient client = PooledHttpClients.create()) {
            URI uri = uri(server);

            assertThat(get(client, uri)).isEqualTo("ok 1");
            Thread.sleep(500); // the server has closed; too short a rest for the pool to check the connection
            assertThat(get(client, uri)).as("sent again on a new connection").isEqualTo("ok 2");
            Thread.sleep(500);
            HttpPost post = new HttpPost(uri);
            post.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
            assertThatThrownBy(() -> client.execute(post, response -> EntityUtils.toString(response.getEntity())))
                    .as("a POST is never sent twice").isInstanceOf(NoHttpResponseException.class);
        }
    }

    private static ServerSocket closingServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread answering = new Thread(() -> answerEachConnectionOnceThenClose(server), "closing server");
        answering.setDaemon(true);
        answering.start();
        return server;
    }

    private static URI uri(ServerSocket server) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/data/v9.2/");
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
