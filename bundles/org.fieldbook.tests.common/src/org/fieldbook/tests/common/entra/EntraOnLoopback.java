package org.fieldbook.tests.common.entra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stand-in for Microsoft Entra ID and a Dataverse organization on one HTTPS loopback port, with a self-signed
 * certificate: the v2.0 endpoints MSAL uses ({@code /<tenant>/oauth2/v2.0/authorize}, {@code devicecode},
 * {@code token}) as Entra ID answers them — PKCE checked, device codes pending until {@link #approve approved},
 * refresh tokens rotating — and the organization's {@code WhoAmI}, which takes only tokens it issued.
 * Register it in a static field; its state is reset before each test.
 */
public final class EntraOnLoopback implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String TENANT = "contoso.onmicrosoft.com";
    public static final String CLIENT_ID = "3f2a1c9e-8b7d-4e6f-9a0b-1c2d3e4f5a6b";
    public static final String USER = "ada@contoso.onmicrosoft.com";
    /** Headers that hand a test browser the self-posting form's target and fields, so it need not parse HTML. */
    static final String FORM_ACTION = "X-Test-Form-Action";
    static final String FORM_FIELDS = "X-Test-Form-Fields";

    private final List<String> grants = new CopyOnWriteArrayList<>();
    private final List<String> bearers = new CopyOnWriteArrayList<>();
    private Path folder;
    private SSLContext tls;
    private HttpsServer server;
    private ExecutorService threads;
    private EntraTokens tokens;
    private volatile int organizationStatus;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("fieldbook-entra");
        tls = LoopbackTls.create(folder);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", this::handle);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        tokens = new EntraTokens(origin(), TENANT, CLIENT_ID, USER);
        grants.clear();
        bearers.clear();
        organizationStatus = 200;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop(0);
        threads.shutdownNow();
        Files.deleteIfExists(folder.resolve("loopback.p12"));
        Files.deleteIfExists(folder);
    }

    /** @return the TLS context that trusts this server's certificate (and serves it) */
    public SSLContext tls() {
        return tls;
    }

    /** @return {@code https://127.0.0.1:<port>}, both the authority's host and the organization's URL */
    public String origin() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the authority root MSAL is given, the tenant is appended to it */
    public URI authorityBase() {
        return URI.create(origin() + "/");
    }

    /** The user enters {@code userCode} on another device and signs in: the device's next poll gets tokens. */
    public void approve(String userCode) {
        tokens.approve(userCode);
    }

    /** @param seconds the lifetime of the access tokens issued from now on */
    public void accessLifetime(int seconds) {
        tokens.lifetime(seconds);
    }

    /** @param description an AADSTS error every token request is refused with from now on, or null to stop */
    public void refuseTokens(String description) {
        tokens.refuse(description);
    }

    /** @param status what the organization answers a valid token's {@code WhoAmI} with (403: no licence) */
    public void organizationAnswers(int status) {
        organizationStatus = status;
    }

    /** @return the grant types of the token requests so far, in order */
    public List<String> grants() {
        return List.copyOf(grants);
    }

    /** @return the bearer tokens the organization was sent */
    public List<String> bearersSeenByOrganization() {
        return List.copyOf(bearers);
    }

    /** @return the token requests' PKCE checks: the challenges the verifiers were found to match */
    public List<String> verifiedChallenges() {
        return tokens.verifiedChallenges();
    }

    /** @return whether the token was issued here and has not been replaced */
    public boolean issued(String accessToken) {
        return tokens.valid(accessToken);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Entra ID echoes the client's correlation id; MSAL logs each answer that does not
            String correlation = exchange.getRequestHeaders().getFirst("client-request-id");
            if (correlation != null) {
                exchange.getResponseHeaders().set("client-request-id", correlation);
            }
            String path = exchange.getRequestURI().getPath();
            String tenantPath = "/" + TENANT + "/oauth2/v2.0/";
            if (path.equals(tenantPath + "authorize")) {
                signInPage(exchange, tokens.authorize(Forms.parse(exchange.getRequestURI().getRawQuery())));
            } else if (path.equals(tenantPath + "devicecode")) {
                answer(exchange, 200, tokens.deviceCode(Forms.parse(body(exchange))));
            } else if (path.equals(tenantPath + "token")) {
                Map<String, String> form = Forms.parse(body(exchange));
                grants.add(form.getOrDefault("grant_type", ""));
                EntraTokens.Answer answer = tokens.token(form);
                answer(exchange, answer.status(), answer.json());
            } else if (path.equals("/api/data/v9.2/WhoAmI")) {
                whoAmI(exchange);
            } else {
                answer(exchange, 404, "{\"error\":\"not_found\"}");
            }
        }
    }

    private void whoAmI(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String bearer = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
        bearers.add(bearer);
        if (!tokens.valid(bearer)) {
            answer(exchange, 401, "");
        } else if (organizationStatus == 403) {
            answer(exchange, 403, "{\"error\":{\"code\":\"0x80072560\",\"message\":\"The user is not a member of the organization.\"}}");
        } else {
            answer(exchange, organizationStatus, "{\"BusinessUnitId\":\"" + EntraTokens.OBJECT_ID + "\",\"UserId\":\""
                    + EntraTokens.OBJECT_ID + "\",\"OrganizationId\":\"" + EntraTokens.TENANT_ID + "\"}");
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The user signed in at once: back to the app, by a form that posts itself (form_post) or a redirect. */
    private static void signInPage(HttpExchange exchange, EntraTokens.Authorized answer) throws IOException {
        String encoded = answer.fields().entrySet().stream().map(field -> Forms.encode(field.getKey()) + "=" + Forms.encode(field.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        if (!answer.formPost()) {
            exchange.getResponseHeaders().set("Location", answer.redirect() + "?" + encoded);
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        exchange.getResponseHeaders().set(FORM_ACTION, answer.redirect());
        exchange.getResponseHeaders().set(FORM_FIELDS, encoded);
        byte[] page = ("<html><body onload=\"document.forms[0].submit()\"><form method=\"POST\" action=\"" + answer.redirect()
                + "\">" + answer.fields().entrySet().stream().map(field -> "<input type=\"hidden\" name=\"" + field.getKey()
                        + "\" value=\"" + field.getValue() + "\"/>").collect(java.util.stream.Collectors.joining()) + "</form></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        exchange.getResponseBody().write(page);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
