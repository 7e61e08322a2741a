package org.fieldbook.tests.common;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin console's calls as its page makes them, for tests that set something up as an administrator would:
 * signed in with a session cookie, writes carrying the session's CSRF token.
 */
public final class ConsoleCalls {

    private static final Pattern CSRF = Pattern.compile("\"csrf\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URI api;
    private String csrf;

    private ConsoleCalls(URI backOffice) {
        this.api = backOffice.resolve("/admin/api/");
    }

    /**
     * Signs in to the console of the back office at {@code backOffice} (any of its addresses, e.g. its service root).
     *
     * @throws IllegalStateException when the sign-in is refused
     */
    public static ConsoleCalls signIn(URI backOffice, String user, String password) throws IOException, InterruptedException {
        ConsoleCalls console = new ConsoleCalls(backOffice);
        HttpResponse<String> session = console.send(HttpRequest.newBuilder(console.api.resolve("session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"" + user + "\",\"password\":\"" + password + "\"}")));
        Matcher token = CSRF.matcher(console.send(HttpRequest.newBuilder(console.api.resolve("me"))).body());
        if (!token.find()) {
            throw new IllegalStateException("The console refused " + user + ": " + session.statusCode() + " " + session.body());
        }
        console.csrf = token.group(1);
        return console;
    }

    /** @param path under {@code /admin/api/}, e.g. {@code client-updates/deadlines} */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return call("POST", path, json);
    }

    /**
     * @param path under {@code /admin/api/}, e.g. {@code profiles}
     * @param json the body, or null for none
     */
    public HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * @return the body of the answer to a call that must succeed
     * @throws IllegalStateException when the console answers anything but 200
     */
    public String ok(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = call(method, path, json);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
