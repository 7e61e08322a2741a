package org.fieldbook.sync.internal;

import java.io.IOException;
import java.util.Optional;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.BackOfficeConnection;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.auth.OAuthAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The account at the configured back office, remembered in the default Eclipse secure storage. */
@Component(service = BackOfficeAccount.class)
public final class ConfiguredBackOfficeAccount implements BackOfficeAccount {

    private final CloseableHttpClient http = PooledHttpClients.create();
    private final OAuthAccount account;

    @Activate
    public ConfiguredBackOfficeAccount(@Reference BackOfficeConnection connection) {
        account = OAuthAccount.of(connection.serviceRoot(), SecurePreferencesFactory.getDefault(), http);
    }

    @Deactivate
    void deactivate() {
        try {
            http.close();
        } catch (IOException e) {
            SyncLog.of(ConfiguredBackOfficeAccount.class).warn("Closing the sign-in HTTP client failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void signIn(String userName, char[] password) throws SyncException {
        account.signIn(userName, password);
    }

    @Override
    public void signOut() {
        account.signOut();
    }

    @Override
    public Optional<String> userName() {
        return account.userName();
    }

    @Override
    public String accessToken() throws SyncException {
        return account.accessToken();
    }

    @Override
    public void rejected(String token) {
        account.rejected(token);
    }
}
