package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One signed-in user's requests to a real back office over HTTP, with their bearer token, for tests. */
public final class WebApiSession {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BATCH_BOUNDARY = "batch_session";

    private final URI serviceRoot;
    private final String token;

    private WebApiSession(URI serviceRoot, String token) {
        this.serviceRoot = serviceRoot;
        this.token = token;
    }

    /** @return this user's session with Fieldbook's own API instead of the Web API */
    public WebApiSession fieldbookApi() {
        return new WebApiSession(serviceRoot.resolve(BackOfficeServer.FIELDBOOK_API_PATH), token);
    }

    /** @return the value of this user's {@code Authorization} header */
    public String authorization() {
        return "Bearer " + token;
    }

    /** Adds {@code user} with {@link #PASSWORD} and {@code role} and signs them in. */
    public static WebApiSession newUser(BackOfficeServer server, String user, Role role, String systemUserId)
            throws IOException, InterruptedException {
        server.addUser(user, PASSWORD.toCharArray(), role, systemUserId);
        return signIn(server, user, PASSWORD);
    }

    /** @return a session with an access token got elsewhere */
    public static WebApiSession bearer(BackOfficeServer server, String accessToken) {
        return new WebApiSession(server.serviceRoot(), accessToken);
    }

    public static WebApiSession signIn(BackOfficeServer server, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = token(server, "grant_type=password&username=" + encode(user) + "&password=" + encode(password));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new WebApiSession(server.serviceRoot(), JSON.readTree(response.body()).path("access_token").asText());
    }

    /** Posts a form to the token endpoint. */
    public static HttpResponse<String> token(BackOfficeServer server, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.tokenEndpoint()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * @param path relative to the service root (spaces and quotes need no escaping), or an absolute link
     * @param headers more headers as name, value pairs
     */
    public HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        String escaped = path.replace(" ", "%20").replace("'", "%27");
        URI uri = escaped.startsWith("http") ? URI.create(escaped) : serviceRoot.resolve(escaped);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("OData-Version", "4.0").header("OData-MaxVersion", "4.0").header("Authorization", authorization())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.setHeader(headers[i], headers[i + 1]);
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a {@code $batch} of GET requests, each with the same extra headers.
     *
     * @param paths relative to the service root, already percent-encoded
     * @param headers the headers of each inner request as name, value pairs
     */
    public HttpResponse<String> batchOfGets(List<String> paths, String... headers) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (String path : paths) {
            body.append("--").append(BATCH_BOUNDARY).append("\r\nContent-Type: application/http\r\n")
                    .append("Content-Transfer-Encoding: binary\r\n\r\nGET ").append(path).append(" HTTP/1.1\r\n")
                    .append("Accept: application/json\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                body.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            body.append("\r\n\r\n");
        }
        body.append("--").append(BATCH_BOUNDARY).append("--\r\n");
        return send("POST", "$batch", body.toString(), "Content-Type", "multipart/mixed;boundary=" + BATCH_BOUNDARY);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    /** GETs JSON that must come with 200. */
    public JsonNode json(String path, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
