package org.fieldbook.sync.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.backoffice.Role;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Signing in to the real back office, tokens that renew themselves, and a sign-in that survives a restart. */
class OAuthAccountTest {

    @RegisterExtension
    static final BackOfficeOnLoopback BACK_OFFICE = new BackOfficeOnLoopback();
    private static final String PASSWORD = "gloves on";

    @TempDir
    Path folder;

    private CloseableHttpClient http;
    private ISecurePreferences storage;

    @BeforeAll
    static void addTechnician() {
        BACK_OFFICE.server().addUser("ada", PASSWORD.toCharArray(), Role.TECHNICIAN, null);
    }

    @BeforeEach
    void openStorage() throws IOException {
        http = PooledHttpClients.create();
        storage = SecurePreferencesFactory.open(storageFile().toUri().toURL(), null);
    }

    private Path storageFile() {
        return folder.resolve("secure_storage");
    }

    /**
     * Secure storage keeps one instance per address in memory: another address of the same file (through a
     * sibling folder and "..") gives a fresh instance that reads the file, as the next start of the app does.
     */
    private ISecurePreferences reopenedStorage() throws IOException {
        Path sibling = Files.createDirectories(folder.resolve("restart"));
        return SecurePreferencesFactory.open(sibling.resolve("..").resolve(storageFile().getFileName()).toUri().toURL(), null);
    }

    /** @return the storage file's bytes, then its values as the properties file holds them (escapes such as \= undone) */
    private String storedText() throws IOException {
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(storageFile())) {
            values.load(in);
        }
        return new String(Files.readAllBytes(storageFile()), StandardCharsets.ISO_8859_1) + "\n"
                + values.stringPropertyNames().stream().map(values::getProperty).collect(Collectors.joining("\n"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() throws IOException {
        http.close();
    }

    @Test
    void aSignInGivesTokensTheBackOfficeAcceptsAndSurvivesARestart() throws Exception {
        OAuthAccount account = account();
        account.signIn("ada", PASSWORD.toCharArray());

        assertThat(account.userName()).hasValue("ada");
        assertThat(statusWith(account.accessToken())).isEqualTo(200);
        assertThat(account.accessToken()).as("kept until it nears expiry").isEqualTo(account.accessToken());

        storage.node("org.fieldbook.sync").put("unsaved", "only in this instance's memory", false);
        ISecurePreferences restarted = reopenedStorage();
        assertThat(restarted.node("org.fieldbook.sync").get("unsaved", null)).as("a fresh instance, read from the file").isNull();
        OAuthAccount afterRestart = OAuthAccount.of(BACK_OFFICE.serviceRoot(), restarted, http);
        assertThat(afterRestart.userName()).hasValue("ada");
        assertThat(statusWith(afterRestart.accessToken())).as("renewed from the saved refresh token").isEqualTo(200);
    }

    @Test
    void theStorageFileHoldsTheRefreshTokenEncryptedAndNeverThePassword() throws Exception {
        account().signIn("ada", PASSWORD.toCharArray());
        String refreshToken = new SecureStorageRefreshTokens(storage, BACK_OFFICE.serviceRoot()).load().orElseThrow().refreshToken();

        String file = storedText();

        assertThat(file).as("the file that holds the sign-in: its user name, which is not secret")
                .contains(base64("ada"));
        assertThat(file).as("the refresh token, neither plain nor merely encoded")
                .doesNotContain(refreshToken).doesNotContain(base64(refreshToken));
        assertThat(file).as("the password").doesNotContain(PASSWORD).doesNotContain(base64(PASSWORD));
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndRemembersNobody() {
        OAuthAccount account = account();

        assertThatThrownBy(() -> account.signIn("ada", "gloves off".toCharArray()))
                .isInstanceOf(SignInException.class).hasMessage("The user name or password is wrong.");
        assertThat(account.userName()).isEmpty();
        assertThatThrownBy(account::accessToken).isInstanceOf(SignInException.class).hasMessageContaining("Sign in");
    }

    @Test
    void aRejectedTokenIsRenewedOnTheNextCall() throws Exception {
        OAuthAccount account = account();
        account.signIn("ada", PASSWORD.toCharArray());
        String first = account.accessToken();

        account.rejected(first);
        String renewed = account.accessToken();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(statusWith(renewed)).isEqualTo(200);
    }

    @Test
    void aRefreshTokenTheServerDoesNotKnowMeansSigningInAgain() {
        OAuthAccount stale = new OAuthAccount(new TokenEndpoint(BACK_OFFICE.server().tokenEndpoint(), http),
                new FixedRefreshToken("ada", "used-or-forged"), Clock.systemUTC());

        assertThatThrownBy(stale::accessToken).isInstanceOf(SignInException.class).hasMessageContaining("sign in again");
    }

    @Test
    void anUnreachableBackOfficeIsNotAWrongPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OAuthAccount account = OAuthAccount.of(URI.create("http://127.0.0.1:" + closedPort + "/api/data/v9.2/"), storage, http);

        assertThatThrownBy(() -> account.signIn("ada", PASSWORD.toCharArray()))
                .isInstanceOf(SyncException.class).isNotInstanceOf(SignInException.class)
                .hasMessageContaining("Cannot reach the back office");
    }

    @Test
    void signingOutForgetsTheUser() throws Exception {
        OAuthAccount account = account();
        account.signIn("ada", PASSWORD.toCharArray());

        account.signOut();

        assertThat(account().userName()).isEmpty();
        assertThatThrownBy(account::accessToken).isInstanceOf(SignInException.class);
    }

    private OAuthAccount account() {
        return OAuthAccount.of(BACK_OFFICE.serviceRoot(), storage, http);
    }

    private static int statusWith(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(BACK_OFFICE.serviceRoot().resolve("bookingstatuses"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A refresh token that the server never issued or has already used. */
    private record FixedRefreshToken(String user, String token) implements RefreshTokens {
        @Override
        public Optional<Saved> load() {
            return Optional.of(new Saved(user, token));
        }

        @Override
        public void save(Saved saved) {
            throw new AssertionError("nothing to save after a refused refresh");
        }

        @Override
        public void clear() {
            // nothing kept
        }
    }
}
