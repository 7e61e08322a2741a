package org.fieldbook.sync.internal;

import java.io.IOException;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SystemBrowser;
import org.fieldbook.sync.internal.auth.EntraAuthority;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.fieldbook.sync.internal.auth.SignInChoice;
import org.fieldbook.sync.internal.auth.SignInPreferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The account the settings choose — the configured back office's password sign-in or Microsoft Entra ID's
 * public cloud — remembered in the default Eclipse secure storage, with the system browser the UI offers.
 */
@Component(service = { BackOfficeAccount.class, OrganizationSignIn.class })
public final class ConfiguredBackOfficeAccount extends SignInChoice {

    private final CloseableHttpClient http;

    @Activate
    public ConfiguredBackOfficeAccount(@Reference BackOfficeConnection connection) {
        this(connection, PooledHttpClients.create());
    }

    private ConfiguredBackOfficeAccount(BackOfficeConnection connection, CloseableHttpClient http) {
        super(OAuthAccount.of(connection.serviceRoot(), SecurePreferencesFactory.getDefault(), http), SignInPreferences.ofWorkspace(),
                EntraAuthority.PUBLIC_CLOUD, SecurePreferencesFactory.getDefault(), http);
        this.http = http;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindBrowser(SystemBrowser browser) {
        browser(browser);
    }

    void unbindBrowser(SystemBrowser browser) {
        browser(null);
    }

    @Deactivate
    void deactivate() {
        try {
            http.close();
        } catch (IOException e) {
            SyncLog.of(ConfiguredBackOfficeAccount.class).warn("Closing the sign-in HTTP client failed: " + e.getMessage(), e);
        }
    }
}
