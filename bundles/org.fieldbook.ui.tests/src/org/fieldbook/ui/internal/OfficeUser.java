package org.fieldbook.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Someone in the office (a dispatcher, an administrator) using the back office's Web API over HTTP. */
public final class OfficeUser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI serviceRoot;
    private final String token;

    public OfficeUser(BackOfficeServer server, String userName) throws IOException, InterruptedException {
        serviceRoot = server.serviceRoot();
        String form = "grant_type=password&username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8) + "&password="
                + BackOfficeServer.DEMO_PASSWORD;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
                BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("Cannot sign in as " + userName + ": HTTP " + answer.statusCode());
        }
        token = JSON.readTree(answer.body()).path("access_token").asText();
    }

    /** @param path relative to the service root */
    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(path).GET().build(), BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** Changes columns of a row, e.g. {@code patch("msdyn_workorders(<id>)", "{\"msdyn_city\":\"Leeds\"}")}. */
    public void patch(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(path).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IOException("PATCH " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Creates a row, e.g. {@code post("annotations", "{\"subject\":\"Meter\"}")}. */
    public void post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IOException("POST " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Loads the small demo data (three technicians, thirty work orders) generated for today. */
    public static void smallDemo(BackOfficeServer server) {
        server.loadDemoData(new DemoDataGenerator(5, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
    }

    /** Loads the small demo data and has an admin turn conflict detection on: the server wins conflicts. */
    public static void demoWhereTheServerWins(BackOfficeServer server) throws IOException, InterruptedException {
        smallDemo(server);
        try (OfficeUser admin = new OfficeUser(server, "admin")) {
            admin.letTheServerWinConflicts();
        }
    }

    public void letTheServerWinConflicts() throws IOException, InterruptedException {
        String id = get("organizations").path("value").get(0).path("organizationid").asText();
        patch("organizations(" + id + ")", "{\"isconflictdetectionenabledformobileclient\":true}");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(serviceRoot.resolve(path)).header("Accept", "application/json")
                .header("OData-Version", "4.0").header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        http.close();
    }
}
