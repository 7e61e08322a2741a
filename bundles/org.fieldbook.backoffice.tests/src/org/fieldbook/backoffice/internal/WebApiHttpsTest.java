package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back office serves HTTPS with a certificate from a PKCS#12 key store made by the JDK's keytool. */
class WebApiHttpsTest {

    private static final String STORE_PASSWORD = "changeit-too";

    @TempDir
    Path folder;

    @Test
    void signInAndReadOverTls() throws Exception {
        Path store = keyStore();
        try (BackOfficeServer server = startSecure(store)) {
            server.addUser("tls", WebApiSession.PASSWORD.toCharArray(), Role.DISPATCHER, null);
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(store)).build();

            HttpResponse<String> token = trusting.send(HttpRequest.newBuilder(server.tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=tls&password="
                            + WebApiSession.encode(WebApiSession.PASSWORD)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String access = WebApiSession.JSON.readTree(token.body()).path("access_token").asText();
            HttpResponse<String> accounts = trusting.send(HttpRequest.newBuilder(server.serviceRoot().resolve("accounts"))
                    .header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(server.serviceRoot().getScheme()).isEqualTo("https");
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(accounts.statusCode()).isEqualTo(200);
            assertThat(accounts.body()).contains("\"value\"");
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.serviceRoot()).build(),
                    HttpResponse.BodyHandlers.ofString())).as("a client that does not trust the certificate")
                    .hasMessageContaining("PKIX");
        }
    }

    @Test
    void theAdminConsoleIsServedOnTheSamePortWithASecureSessionCookie() throws Exception {
        Path store = keyStore();
        try (BackOfficeServer server = startSecure(store)) {
            server.addUser("boss", WebApiSession.PASSWORD.toCharArray(), Role.ADMIN, null);
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(store)).build();

            HttpResponse<String> page = trusting.send(HttpRequest.newBuilder(server.serviceRoot().resolve("/admin/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> signIn = trusting.send(HttpRequest.newBuilder(server.serviceRoot().resolve("/admin/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"boss\",\"password\":\"" + WebApiSession.PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form id=\"sign-in-form\"");
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("fieldbook_console=")
                    .contains("; HttpOnly", "; SameSite=Strict", "; Secure");
        }
    }

    @Test
    void aMissingKeyStoreIsReportedBeforeServing() {
        assertThatThrownBy(() -> BackOfficeServer.start(BackOfficeSettings.of(folder.resolve("db")).withAddress("127.0.0.1", 0)
                .withKeyStore(folder.resolve("missing.p12"), STORE_PASSWORD)))
                .isInstanceOf(BackOfficeException.class).hasMessageContaining("missing.p12");
    }

    private BackOfficeServer startSecure(Path store) {
        return BackOfficeServer.start(BackOfficeSettings.of(folder.resolve("db")).withAddress("127.0.0.1", 0).withKeyStore(store, STORE_PASSWORD));
    }

    private Path keyStore() throws Exception {
        Path store = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "backoffice", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return store;
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
