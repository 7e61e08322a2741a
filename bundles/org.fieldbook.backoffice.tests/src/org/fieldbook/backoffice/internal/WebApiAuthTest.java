package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Bearer tokens from the OAuth 2 endpoint guard the Web API; each user has a request limit. */
class WebApiAuthTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static BackOfficeServer server;

    @BeforeAll
    static void start() {
        server = BackOfficeServer.start(BackOfficeSettings.of(data.resolve("db")).withAddress("127.0.0.1", 0)
                .withRequestLimit(5, Duration.ofMinutes(1)));
        server.addUser("ada", WebApiSession.PASSWORD.toCharArray(), Role.TECHNICIAN, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutATokenOnlyTheServiceDocumentIsServed() throws Exception {
        HttpResponse<String> serviceDocument = HTTP.send(HttpRequest.newBuilder(server.serviceRoot()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(serviceDocument.statusCode()).isEqualTo(200);
        assertThat(serviceDocument.body()).contains("\"accounts\"").doesNotContain("versionnumber");

        for (String path : new String[] { "?$format=json", "$metadata", "accounts", "accounts(00000000-0000-0000-0000-000000000001)" }) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.serviceRoot().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            assertThat(WebApiSession.JSON.readTree(response.body()).path("error").path("code").asText()).startsWith("0x");
        }
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(server.serviceRoot().resolve("accounts"))
                .header("Authorization", "Bearer not-a-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrongPassword = WebApiSession.token(server, "grant_type=password&username=ada&password=guess");
        HttpResponse<String> unknownUser = WebApiSession.token(server, "grant_type=password&username=eve&password=guess");

        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body()).contains("\"invalid_grant\"")
                .doesNotContain("access_token");
        assertThat(WebApiSession.token(server, "grant_type=client_credentials").body()).contains("unsupported_grant_type");
        assertThat(WebApiSession.token(server, "grant_type=password&username=ada").body()).contains("invalid_request");
    }

    @Test
    void aRefreshTokenRenewsTheTokensOnce() throws Exception {
        JsonNode issued = tokens("ada");
        String refresh = issued.path("refresh_token").asText();

        assertThat(issued.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(issued.path("expires_in").asLong()).isEqualTo(3600);
        HttpResponse<String> renewed = WebApiSession.token(server, "grant_type=refresh_token&refresh_token=" + refresh);

        assertThat(renewed.statusCode()).isEqualTo(200);
        String access = WebApiSession.JSON.readTree(renewed.body()).path("access_token").asText();
        assertThat(access).isNotEqualTo(issued.path("access_token").asText());
        assertThat(get("bookingstatuses", access).statusCode()).isEqualTo(200);
        HttpResponse<String> reused = WebApiSession.token(server, "grant_type=refresh_token&refresh_token=" + refresh);
        assertThat(reused.statusCode()).as("a used refresh token").isEqualTo(400);
    }

    @Test
    void anExpiredTokenIsRefused(@TempDir Path otherData) throws Exception {
        MovableClock clock = new MovableClock(); // no race against a short lifetime on a busy machine
        try (BackOfficeServer shortLived = BackOfficeServer.start(BackOfficeSettings.of(otherData.resolve("db"))
                .withAddress("127.0.0.1", 0).withTokenLifetimes(Duration.ofMinutes(60), Duration.ofDays(1)), clock)) {
            WebApiSession api = WebApiSession.newUser(shortLived, "bo", Role.DISPATCHER, null);
            clock.advance(Duration.ofMinutes(59));
            assertThat(api.get("accounts").statusCode()).as("a minute before it expires").isEqualTo(200);

            clock.advance(Duration.ofMinutes(2));

            HttpResponse<String> expired = api.get("accounts");
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.body()).contains("expired");
        }
    }

    @Test
    void aUserOverTheRequestLimitIsToldWhenToComeBackAndOthersAreNot() throws Exception {
        server.addUser("busy", WebApiSession.PASSWORD.toCharArray(), Role.DISPATCHER, null);
        String busy = tokens("busy").path("access_token").asText();
        String calm = tokens("ada").path("access_token").asText();

        for (int i = 0; i < 5; i++) {
            assertThat(get("bookingstatuses", busy).statusCode()).as("request %d of 5", i + 1).isEqualTo(200);
        }
        HttpResponse<String> throttled = get("bookingstatuses", busy);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(WebApiSession.JSON.readTree(throttled.body()).path("error").path("code").asText()).isEqualTo("0x80072322");
        assertThat(get("bookingstatuses", calm).statusCode()).as("another user").isEqualTo(200);
    }

    private static JsonNode tokens(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = WebApiSession.token(server, "grant_type=password&username=" + user + "&password="
                + WebApiSession.encode(WebApiSession.PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WebApiSession.JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.serviceRoot().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
