package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.backoffice.internal.ErrorAnswers.assertError;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint, and Jetty itself, answers errors in JSON: no HTML error page anywhere. */
class JsonErrorsTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WebApiSession admin;

    @BeforeAll
    static void signIn() throws Exception {
        admin = BACK_OFFICE.newUser("root", Role.ADMIN);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/nowhere", "/api/data/v9.1/accounts", "/oauth2/authorize" })
    void anUnknownPathIs404InJson(String path) throws Exception {
        assertError(send("GET", path, "text/html"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH" })
    void theTokenEndpointRefusesOtherMethodsWith405InJson(String method) throws Exception {
        assertError(send(method, BackOfficeServer.TOKEN_PATH, "text/html"), 405);
    }

    @Test
    void theTokenEndpointAnswersAMalformedFormInJson() throws Exception {
        HttpResponse<String> response = WebApiSession.token(BACK_OFFICE.server(), "grant_type=password&username=%zz&password=%");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).doesNotContainPattern(ErrorAnswers.INTERNALS).startsWith("{");
    }

    @Test
    void aJsonBodyAtTheTokenEndpointIsAnOAuthErrorInJson() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(BACK_OFFICE.server().tokenEndpoint())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebApiSession.JSON.readTree(response.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void headersOverJettysLimitAre431InJson() throws Exception {
        StringBuilder head = new StringBuilder("GET " + BackOfficeServer.API_PATH + " HTTP/1.1\r\n");
        for (int i = 0; i < 20; i++) {
            head.append("X-Filler-").append(i).append(": ").append("f".repeat(900)).append("\r\n");
        }

        RawHttp.Answer answer = RawHttp.send(BACK_OFFICE.server(), head.toString(), new byte[0]);

        assertError(answer.status(), answer.contentType(), answer.body(), 431);
    }

    @Test
    void aUrlOverJettysLimitIs414InJson() throws Exception {
        RawHttp.Answer answer = RawHttp.send(BACK_OFFICE.server(), "GET " + BackOfficeServer.API_PATH + "accounts?$select="
                + "name,".repeat(3000) + "name HTTP/1.1\r\n", new byte[0]);

        assertError(answer.status(), answer.contentType(), answer.body(), 414);
    }

    @ParameterizedTest
    @ValueSource(strings = { "accounts?$filter=name%zzeq", "acc%zzounts", "accounts?$filter=name%", "%C0%AF" })
    void aBrokenPercentEncodingIs400InJson(String path) throws Exception {
        RawHttp.Answer answer = RawHttp.send(BACK_OFFICE.server(), "GET " + BackOfficeServer.API_PATH + path + " HTTP/1.1\r\n"
                + "Authorization: " + admin.authorization() + "\r\n", new byte[0]);

        assertError(answer.status(), answer.contentType(), answer.body(), 400);
    }

    @Test
    void fieldbooksOwnApiAnswersAMalformedBodyInJson() throws Exception {
        String message = assertError(admin.fieldbookApi().send("POST", "profiles", "{\"name\": nope}"), 400);

        assertThat(message).contains("not valid JSON");
    }

    private static HttpResponse<String> send(String method, String path, String accept) throws Exception {
        URI uri = BACK_OFFICE.server().serviceRoot().resolve(path);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
