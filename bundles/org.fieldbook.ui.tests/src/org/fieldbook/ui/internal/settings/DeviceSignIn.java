package org.fieldbook.ui.internal.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.sync.internal.PooledHttpClients;
import org.fieldbook.sync.internal.auth.EntraAuthority;
import org.fieldbook.sync.internal.auth.SignInChoice;
import org.fieldbook.sync.internal.auth.SignInPreferences;
import org.fieldbook.tests.common.entra.EntraOnLoopback;
import org.fieldbook.ui.internal.TechnicianDevice;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * A test device's sign-in settings: its password account, preferences of its own (removed at the end) and,
 * when given, Microsoft Entra ID on loopback.
 */
final class DeviceSignIn implements AutoCloseable {

    private final Preferences node = InstanceScope.INSTANCE.getNode("org.fieldbook.ui.tests").node(UUID.randomUUID().toString());
    private final CloseableHttpClient http;
    private final SignInChoice choice;

    DeviceSignIn(TechnicianDevice device, Path folder, EntraOnLoopback entra) throws IOException {
        http = entra == null ? PooledHttpClients.create()
                : HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(entra.tls())).build()).build();
        EntraAuthority authority = entra == null ? EntraAuthority.PUBLIC_CLOUD
                : new EntraAuthority(entra.authorityBase(), entra.tls().getSocketFactory());
        choice = new SignInChoice(device.account(), new SignInPreferences(node), authority,
                SecurePreferencesFactory.open(folder.resolve("entra_storage").toUri().toURL(), null), http);
    }

    SignInChoice choice() {
        return choice;
    }

    @Override
    public void close() throws IOException, BackingStoreException {
        node.removeNode();
        http.close();
    }
}
