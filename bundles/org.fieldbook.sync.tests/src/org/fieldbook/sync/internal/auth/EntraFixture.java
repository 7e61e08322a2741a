package org.fieldbook.sync.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.SystemBrowser;
import org.fieldbook.tests.common.entra.EntraOnLoopback;

/** An Entra ID account of the test organization on loopback, its secure storage in a folder, and a restart of it. */
final class EntraFixture implements AutoCloseable {

    private final EntraOnLoopback entra;
    private final Path folder;
    final CloseableHttpClient http;
    ISecurePreferences storage;

    EntraFixture(EntraOnLoopback entra, Path folder) throws IOException {
        this.entra = entra;
        this.folder = folder;
        this.http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(entra.tls())).build()).build();
        this.storage = SecurePreferencesFactory.open(storageFile().toUri().toURL(), null);
    }

    OrganizationSettings settings(SignInMethod method) {
        return new OrganizationSettings(method, entra.origin(), EntraOnLoopback.TENANT, EntraOnLoopback.CLIENT_ID);
    }

    EntraAuthority authority() {
        return new EntraAuthority(entra.authorityBase(), entra.tls().getSocketFactory());
    }

    EntraAccount account(SignInMethod method, SystemBrowser browser) throws Exception {
        return EntraAccount.of(settings(method).checked(), authority(), storage, () -> browser, http);
    }

    /**
     * The next start of the app: secure storage keeps one instance per address in memory, so another address of
     * the same file (through a sibling folder and "..") gives a fresh instance that reads the file.
     */
    void restart() throws IOException {
        Path sibling = Files.createDirectories(folder.resolve("restart"));
        storage = SecurePreferencesFactory.open(sibling.resolve("..").resolve(storageFile().getFileName()).toUri().toURL(), null);
    }

    /** @return the storage file as it lies on disk */
    String storedText() throws IOException {
        return Files.readString(storageFile(), StandardCharsets.ISO_8859_1);
    }

    private Path storageFile() {
        return folder.resolve("secure_storage");
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
