package org.fieldbook.sync.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.fieldbook.tests.common.Fault;
import org.fieldbook.tests.common.FaultProxy;
import org.fieldbook.tests.common.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The fault proxy itself, in front of a server that answers every path with the same 1000-byte body. */
class FaultProxyTest {

    private static final byte[] BODY = "0123456789".repeat(100).getBytes(StandardCharsets.US_ASCII);

    private final AtomicInteger served = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer target;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(BODY);
            }
        });
        target.start();
        proxy = FaultProxy.to(target.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        proxy.close();
        target.stop(0);
    }

    @Test
    void passesRequestsThroughOnKeptAliveConnectionsAndRecordsTheirLines() throws Exception {
        assertThat(get("/a").body()).isEqualTo(BODY);
        assertThat(get("/b?x=1").body()).isEqualTo(BODY);

        assertThat(proxy.requestLines()).containsExactly("GET /a HTTP/1.1", "GET /b?x=1 HTTP/1.1");
        assertThat(proxy.faultsInjected()).isZero();
    }

    @Test
    void routesAUriThroughTheProxy() {
        assertThat(proxy.route(URI.create("http://127.0.0.1:1/api/data/v9.2/?$top=1")))
                .isEqualTo(URI.create("http://127.0.0.1:" + proxy.port() + "/api/data/v9.2/?$top=1"));
    }

    @Test
    void aCutResetsTheConnectionAfterThatManyBytes() throws Exception {
        proxy.inject(Fault.cutAfter(200));

        assertThatThrownBy(() -> get("/")).isInstanceOf(IOException.class);
        assertThat(proxy.faultsInjected()).isEqualTo(1);
    }

    @Test
    void aRandomCutFallsBelowTheGivenBound() throws Exception {
        proxy.inject(Fault.cutAtRandom(new Random(7), 100));

        for (int response = 0; response < 20; response++) {
            assertThat(rawGet("/")).as("bytes of response %d before the cut", response).hasSizeLessThan(100);
        }
        assertThat(proxy.faultsInjected()).isEqualTo(20);
        assertThatThrownBy(() -> get("/")).as("what a client sees").isInstanceOf(IOException.class);
    }

    @Test
    void aTruncationSendsExactlyThatManyBytesThenClosesCleanly() throws Exception {
        proxy.inject(Fault.truncateAfter(150));

        assertThat(rawGet("/")).hasSize(150).startsWith("HTTP/1.1 200");
    }

    @Test
    void aCorruptionSpoilsOneBodyByte() throws Exception {
        proxy.inject(Fault.corruptBody(5));

        byte[] body = get("/").body();

        assertThat(body[5]).isZero();
        assertThat(body).hasSameSizeAs(BODY);
        body[5] = BODY[5];
        assertThat(body).isEqualTo(BODY);
    }

    @Test
    void aDelayHoldsTheResponseBack() throws Exception {
        proxy.inject(Fault.delayEachChunk(Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertThat(get("/").body()).isEqualTo(BODY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aCannedAnswerReplacesTheTargetsAndTheTargetNeverHearsOfTheRequest() throws Exception {
        proxy.inject(Fault.busy(429, "Too Many Requests", Duration.ofSeconds(2)));

        HttpResponse<byte[]> response = get("/");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(served).hasValue(0);
    }

    @Test
    void onlyTheNthMatchingRequestIsHit() throws Exception {
        proxy.inject(Fault.busy(503, "Service Unavailable", Duration.ofSeconds(1)), Requests.matching("GET /b").nth(2));

        assertThat(get("/b").statusCode()).isEqualTo(200);
        assertThat(get("/a").statusCode()).isEqualTo(200);
        assertThat(get("/b").statusCode()).isEqualTo(503);
        assertThat(get("/b").statusCode()).isEqualTo(200);
        assertThat(proxy.faultsInjected()).isEqualTo(1);
    }

    @Test
    void refusedConnectionsCloseAtOnceUntilHealed() throws Exception {
        proxy.refuseConnections();

        assertThatThrownBy(() -> get("/")).isInstanceOf(IOException.class);
        proxy.heal();
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aTargetThatIsDownLooksLikeAClosedConnection() throws Exception {
        target.stop(0);

        assertThatThrownBy(() -> get("/")).isInstanceOf(IOException.class);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(proxy.route(URI.create("http://127.0.0.1" + path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * @return everything the proxy sends back for one GET over a raw socket, up to the connection's end, a clean
     *         close or a reset (the read timeout only catches a hang)
     */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[256];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    received.write(buffer, 0, read);
                }
            } catch (SocketException reset) {
                // the end of a cut connection
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
