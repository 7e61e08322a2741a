package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.ErrorAnswers.assertError;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests too deep, too long or too large for the parsers are refused before parsing, with 4xx and a JSON error. */
class WebApiLimitsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(11, new DemoSize(3, 30, 10, 8));

    private static final String DEEP_FILTER = "accounts?$filter=" + "(".repeat(700) + "name eq 'x'" + ")".repeat(700);
    private static final String LONG_CHAIN = "accounts?$filter=" + IntStream.range(0, 1000).mapToObj(i -> "name eq 'n" + i + "'")
            .collect(Collectors.joining(" or "));

    private static WebApiSession tech1;

    @BeforeAll
    static void signIn() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
    }

    @Test
    void aFilterOf700NestedParenthesesIsRefusedWith400() throws Exception {
        assertThat(assertError(tech1.get(DEEP_FILTER), 400)).contains("parentheses");
    }

    @Test
    void aPreferHeaderOf2KbIsRefusedWith431() throws Exception {
        assertThat(assertError(tech1.get("accounts", "Prefer", "odata.maxpagesize=10," + "x".repeat(2048)), 431)).contains("Prefer");
    }

    @Test
    void insideABatchADeepFilterALongChainAndALongPreferAreRefused() throws Exception {
        assertError(tech1.batchOfGets(List.of(encoded(DEEP_FILTER))), 400);
        assertError(tech1.batchOfGets(List.of(encoded(LONG_CHAIN))), 400);
        assertError(tech1.batchOfGets(List.of("accounts"), "Prefer", "odata.maxpagesize=1," + "y".repeat(2048)), 431);
    }

    @Test
    void aDevicesKeyListingOfFiftyTermsIsWithinTheLimits() throws Exception {
        String keys = IntStream.range(0, 50).mapToObj(i -> "accountid eq " + UUID.randomUUID()).collect(Collectors.joining(" or "));

        assertThat(tech1.json("accounts?$select=name&$filter=" + keys).path("value").isArray()).isTrue();
    }

    @Test
    void aBodyOf50MbIsRefusedWith413BeforeItIsRead() throws Exception {
        for (String path : List.of(BackOfficeServer.API_PATH + "accounts", BackOfficeServer.FIELDBOOK_API_PATH + "profiles",
                BackOfficeServer.TOKEN_PATH)) {
            RawHttp.Answer answer = RawHttp.send(BACK_OFFICE.server(), "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (50 << 20) + "\r\n", "{\"name\":\"".getBytes(StandardCharsets.UTF_8));

            assertError(answer.status(), answer.contentType(), answer.body(), 413);
        }
    }

    /**
     * A path that names no table is refused before the body is read, while the client may still be sending it (the
     * fuzz test once got no answer so): the server reads the rest, and the connection serves the next request.
     */
    @Test
    void anAnswerGivenBeforeTheBodyWasReadLeavesTheConnectionOpenForTheNextRequest() throws Exception {
        byte[] body = ("{\"name\":\"" + "z".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(BACK_OFFICE.server().serviceRoot().getHost(), BACK_OFFICE.server().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + BackOfficeServer.API_PATH + "nosuchtable HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + tech1.authorization() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 16);
            out.flush();
            RawHttp.Answer refused = RawHttp.read(socket.getInputStream());
            out.write(body, 16, body.length - 16);
            out.write(("GET " + BackOfficeServer.API_PATH + "bookingstatuses?$select=name HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + tech1.authorization() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            RawHttp.Answer next = RawHttp.read(socket.getInputStream());

            assertError(refused.status(), refused.contentType(), refused.body(), 400);
            assertThat(next.status()).as(next.body()).isEqualTo(200);
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] chunk = ("100000\r\n" + "a".repeat(1 << 20) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[chunk.length * 2];
        System.arraycopy(chunk, 0, body, 0, chunk.length);
        System.arraycopy(chunk, 0, body, chunk.length, chunk.length);

        RawHttp.Answer answer = RawHttp.send(BACK_OFFICE.server(), "POST " + BackOfficeServer.FIELDBOOK_API_PATH + "profiles HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", body);

        assertError(answer.status(), answer.contentType(), answer.body(), 413);
    }

    private static String encoded(String path) {
        return path.replace(" ", "%20").replace("'", "%27");
    }
}
