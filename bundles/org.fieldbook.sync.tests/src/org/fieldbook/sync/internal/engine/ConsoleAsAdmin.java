package org.fieldbook.sync.internal.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fieldbook.backoffice.BackOfficeServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The back office's admin console as its pages call it, signed in as the demo admin: for tests of a device against what the console says. */
final class ConsoleAsAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI api;
    private final String cookie;
    private final String csrf;

    ConsoleAsAdmin(BackOfficeServer server) throws IOException, InterruptedException {
        api = server.serviceRoot().resolve(BackOfficeServer.CONSOLE_PATH + "api/");
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(api.resolve("session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"admin\",\"password\":\"" + BackOfficeServer.DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        cookie = session.headers().firstValue("Set-Cookie").orElseThrow(() -> new IOException("Not signed in: " + session.body()))
                .split(";")[0];
        csrf = call("GET", "me").path("csrf").asText();
    }

    /** @return the answer of a call, e.g. {@code GET preview/choices} */
    JsonNode call(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("Cookie", cookie).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(method + " " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
