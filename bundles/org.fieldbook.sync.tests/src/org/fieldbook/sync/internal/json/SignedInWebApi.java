package org.fieldbook.sync.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.fieldbook.backoffice.BackOfficeServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The back office's Web API as a signed-in user, through the JDK's HTTP client: the tests' stand-in for the sync engine. */
final class SignedInWebApi implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI serviceRoot;
    private final String accessToken;

    private SignedInWebApi(BackOfficeServer server, String userName, String password) throws IOException, InterruptedException {
        serviceRoot = server.serviceRoot();
        String form = "grant_type=password&username=" + encoded(userName) + "&password=" + encoded(password);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
                BodyHandlers.ofString());
        JsonNode token = new ObjectMapper().readTree(answer.body()).get("access_token");
        if (answer.statusCode() != 200 || token == null) {
            throw new IOException("Cannot sign in as " + userName + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        accessToken = token.asText();
    }

    static SignedInWebApi signIn(BackOfficeServer server, String userName, String password) throws IOException, InterruptedException {
        return new SignedInWebApi(server, userName, password);
    }

    /** @param path relative to the service root, or an absolute link the server gave */
    HttpResponse<InputStream> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), BodyHandlers.ofInputStream());
    }

    HttpResponse<String> send(String method, String path, byte[] body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(request(path).DELETE().build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(serviceRoot.resolve(path))
                .header("Accept", "application/json").header("OData-Version", "4.0").header("OData-MaxVersion", "4.0")
                .header("Authorization", "Bearer " + accessToken);
        return headers.length == 0 ? request : request.headers(headers);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
