package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The back office's Web API read as one user, signed in with the password grant: what a test checks on the server. */
final class WebApiAs {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI serviceRoot;
    private final String user;
    private final String password;

    WebApiAs(String serviceRoot, String user, String password) {
        this.serviceRoot = URI.create(serviceRoot);
        this.user = user;
        this.password = password;
    }

    /** @param query relative to the service root, e.g. {@code bookingstatuses?$select=name} */
    String get(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(serviceRoot.resolve(query))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** @return the first value of {@code name} in {@code json}, {@code value} being the pattern of its JSON text */
    static String field(String json, String name, String value) {
        Matcher match = Pattern.compile("\"" + name + "\":" + value).matcher(json);
        assertThat(match.find()).as(name + " in " + json).isTrue();
        return match.group(1);
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
}
