package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sync summaries a technician's device sent to the back office (rows on the device, edits waiting, the client's
 * version), read back through the Web API as that technician: what the admin console shows of a device.
 */
final class SyncSummaries {

    /** The newest summary of the technician's device. */
    record Summary(String clientVersion, int rowsOnDevice, int pendingEdits) {
    }

    private static final String LATEST = "fieldbook_syncsummaries?$select=fieldbook_clientversion,fieldbook_rowsondevice,"
            + "fieldbook_pendingedits&$orderby=" + URLEncoder.encode("fieldbook_finishedon desc", StandardCharsets.UTF_8) + "&$top=1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI serviceRoot;
    private final String user;
    private final String password;

    SyncSummaries(String serviceRoot, String user, String password) {
        this.serviceRoot = URI.create(serviceRoot);
        this.user = user;
        this.password = password;
    }

    Summary latest() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(serviceRoot.resolve(LATEST))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        return new Summary(field(body, "fieldbook_clientversion", "\"([^\"]*)\""), Integer.parseInt(field(body, "fieldbook_rowsondevice", "(\\d+)")),
                Integer.parseInt(field(body, "fieldbook_pendingedits", "(\\d+)")));
    }

    /** Waits for a summary from a device that runs {@code version}. */
    Summary await(String version, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Summary latest = latest();
        while (!latest.clientVersion().equals(version) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            latest = latest();
        }
        assertThat(latest.clientVersion()).as("the client version the device reports").isEqualTo(version);
        return latest;
    }

    private String token() throws Exception {
        String form = "grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(serviceRoot.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "access_token", "\"([^\"]+)\"");
    }

    private static String field(String json, String name, String value) {
        Matcher match = Pattern.compile("\"" + name + "\":" + value).matcher(json);
        assertThat(match.find()).as(name + " in " + json).isTrue();
        return match.group(1);
    }
}
