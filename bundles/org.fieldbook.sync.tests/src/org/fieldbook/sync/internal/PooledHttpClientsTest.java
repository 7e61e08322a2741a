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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

/**
 * Pooled connections the server closed: checked before reuse once idle past the pool's interval, and a read
 * sent on one the server closed meanwhile goes out again on a new one; a write never does. The interval is
 * chosen by each test (always or never), and the server closes a connection when the test says so: nothing
 * races the pool's clock.
 */
class PooledHttpClientsTest {

    private static final Timeout READ_TIMEOUT = Timeout.ofSeconds(30);
    private static final TimeValue ALWAYS = TimeValue.ZERO_MILLISECONDS;
    private static final TimeValue NEVER = TimeValue.NEG_ONE_MILLISECOND;

    @Test
    void aConnectionTheServerClosedWhileIdleIsCheckedAndReplacedSoEvenAWriteGoesThrough() throws Exception {
        try (ClosingServer server = new ClosingServer(); CloseableHttpClient client = PooledHttpClients.create(READ_TIMEOUT, ALWAYS)) {
            assertThat(execute(client, new HttpGet(server.uri()))).isEqualTo("ok 1");
            server.closeTheConnection(); // as the back office does with a connection idle for 30 s

            assertThat(execute(client, post(server.uri()))).as("sent on a fresh connection, once").isEqualTo("ok 2");
        }
    }

    @Test
    void aReadOnAConnectionNobodyCheckedIsSentAgainButAWriteIsNot() throws Exception {
        try (ClosingServer server = new ClosingServer(); CloseableHttpClient client = PooledHttpClients.create(READ_TIMEOUT, NEVER)) {
            assertThat(execute(client, new HttpGet(server.uri()))).isEqualTo("ok 1");
            server.closeTheConnection();

            assertThat(execute(client, new HttpGet(server.uri()))).as("sent again on a new connection").isEqualTo("ok 2");
            server.closeTheConnection();
            assertThatThrownBy(() -> execute(client, post(server.uri())))
                    .as("a POST is never sent twice").isInstanceOf(NoHttpResponseException.class);
        }
    }

    private static HttpPost post(URI uri) {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
        return post;
    }

    private static String execute(CloseableHttpClient client, ClassicHttpRequest request) throws IOException {
        return client.execute(request, response -> EntityUtils.toString(response.getEntity()));
    }

    /**
     * Answers one request per connection, keeping it alive as far as the client can tell, and closes it when
     * the test says so.
     */
    private static final class ClosingServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Semaphore mayClose = new Semaphore(0);
        private final Semaphore closed = new Semaphore(0);

        ClosingServer() throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread answering = new Thread(this::answerEachConnectionOnce, "closing server");
            answering.setDaemon(true);
            answering.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/data/v9.2/");
        }

        /** Closes the connection of the latest answer; returns once it is closed (the limit only catches a hang). */
        void closeTheConnection() throws InterruptedException {
            mayClose.release();
            assertThat(closed.tryAcquire(60, TimeUnit.SECONDS)).as("the server closed the connection").isTrue();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            mayClose.release(); // the open connection, if any, closes and the thread ends
        }

        private void answerEachConnectionOnce() {
            for (int answer = 1; !socket.isClosed(); answer++) {
                try (Socket connection = socket.accept()) {
                    BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                    for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                        // the request's head; a body, if any, is left unread
                    }
                    String body = "ok " + answer;
                    OutputStream out = connection.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    mayClose.acquire();
                } catch (IOException | InterruptedException e) {
                    return;
                }
                closed.release();
            }
        }
    }
}
