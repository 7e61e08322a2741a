package org.fieldbook.screenshots;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's side of the tour, through the back office's public Web API as any office tool would use it: a
 * dispatcher changes a work order the technician is editing.
 */
final class OfficeApi {

    /** System property: the password of the demo's {@code dispatcher}. */
    static final String PASSWORD = "fieldbook.screenshots.office.password";

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Pattern ROW = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern WITH_FILE = Pattern.compile("\"filesize\":[1-9]");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI serviceRoot;
    private final String password;

    OfficeApi(URI serviceRoot, String password) {
        this.serviceRoot = serviceRoot;
        this.password = password;
    }

    /** The back office the client syncs with (its launch script sets {@code fieldbook.backoffice.url}). */
    static OfficeApi fromSystemProperties() {
        String root = System.getProperty("fieldbook.backoffice.url", "http://127.0.0.1:8080/api/data/v9.2/");
        return new OfficeApi(URI.create(root.endsWith("/") ? root : root + "/"), System.getProperty(PASSWORD, "fieldbook"));
    }

    /** As {@code dispatcher}: replaces a work order's summary (the office corrects what the technician reported). */
    void dispatcherChangesSummary(String workOrderId, String summary) throws IOException, InterruptedException {
        String json = "{\"msdyn_workordersummary\":\"" + summary.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        send(signIn("dispatcher"), "PATCH", "msdyn_workorders(" + workOrderId + ")", json, 204);
    }

    /**
     * As {@code dispatcher}: waits until the work order has a note with a file under each of {@code subjects}.
     *
     * @return the notes' subjects, file names and sizes as the office lists them
     * @throws IOException when one is still missing, or has no file, after {@code timeout}
     */
    String awaitNotes(String workOrderId, Duration timeout, String... subjects) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                return notesOf(workOrderId, subjects);
            } catch (IOException missing) {
                if (Instant.now().isAfter(deadline)) {
                    throw missing;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    private String notesOf(String workOrderId, String... subjects) throws IOException, InterruptedException {
        String filter = URLEncoder.encode("_objectid_value eq " + workOrderId, StandardCharsets.UTF_8).replace("+", "%20");
        String notes = send(signIn("dispatcher"), "GET", "annotations?$select=subject,filename,filesize&$filter=" + filter, null, 200);
        List<String> rows = ROW.matcher(notes).results().map(MatchResult::group).toList();
        for (String subject : subjects) {
            if (rows.stream().noneMatch(row -> row.contains("\"subject\":\"" + subject + "\"") && WITH_FILE.matcher(row).find())) {
                throw new IOException("The office has no note '" + subject + "' with a file on work order " + workOrderId + ": " + notes);
            }
        }
        return notes;
    }

    private String signIn(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(serviceRoot.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
                BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IOException("Cannot sign in as " + user + ": HTTP " + answer.statusCode());
        }
        return token.group(1);
    }

    private String send(String token, String method, String path, String json, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(serviceRoot.resolve(path)).header("Accept", "application/json")
                .header("OData-Version", "4.0").header("Authorization", "Bearer " + token);
        request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.build(), BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IOException(method + " " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
