package org.fieldbook.sync.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fieldbook.backoffice.BackOfficeServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The admin console's own JSON calls ({@code /admin/api/…}), made as its pages make them: signed in with the
 * session cookie, the CSRF token on every change. The sync tests publish through them rather than through the
 * browser: the console's Selenium fixtures live in the back office tests, a fragment these tests cannot reach,
 * and the pages do nothing but make these calls.
 */
final class ConsoleCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URI api;
    private final String csrf;

    private ConsoleCalls(URI api) throws IOException, InterruptedException {
        this.api = api;
        send("POST", "session", JSON.createObjectNode().put("userName", "admin").put("password", BackOfficeServer.DEMO_PASSWORD), null);
        this.csrf = send("GET", "me", null, null).path("csrf").asText();
    }

    /** @return calls signed in as the demo's admin on the back office whose Web API is at {@code serviceRoot} */
    static ConsoleCalls asAdmin(URI serviceRoot) throws IOException, InterruptedException {
        return new ConsoleCalls(serviceRoot.resolve("/admin/api/"));
    }

    /** @return the answer's JSON; the call must succeed */
    JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        return send(method, path, body, csrf);
    }

    private JsonNode send(String method, String path, JsonNode body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("X-CSRF-Token", token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
