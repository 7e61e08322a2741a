package org.fieldbook.sync.internal.auth;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.DeviceCodePrompt;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.OrganizationSignIn;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SystemBrowser;

/**
 * The account the sync engine gets its bearer tokens from, chosen by the saved settings: the back office's
 * password sign-in, or Microsoft Entra ID for the organization the settings name.
 */
public class SignInChoice implements BackOfficeAccount, OrganizationSignIn {

    private final BackOfficeAccount password;
    private final SignInPreferences preferences;
    private final EntraAuthority authority;
    private final ISecurePreferences storage;
    private final CloseableHttpClient http;
    private volatile SystemBrowser browser;
    private OrganizationSettings settings;
    private EntraAccount entra;

    public SignInChoice(BackOfficeAccount password, SignInPreferences preferences, EntraAuthority authority,
            ISecurePreferences storage, CloseableHttpClient http) {
        this.password = password;
        this.preferences = preferences;
        this.authority = authority;
        this.storage = storage;
        this.http = http;
        this.settings = preferences.read();
    }

    /** @param browser the system browser now available, or null when none is */
    public void browser(SystemBrowser browser) {
        this.browser = browser;
    }

    @Override
    public synchronized OrganizationSettings settings() {
        return settings;
    }

    @Override
    public synchronized void save(OrganizationSettings changed) throws SyncException {
        OrganizationSettings checked = changed.checked();
        if (!sameOrganization(checked)) {
            current().signOut();
        }
        entra = null; // made again for the new method; its tokens stay in secure storage
        preferences.write(checked);
        settings = checked;
    }

    @Override
    public String signIn(Consumer<DeviceCodePrompt> prompt) throws SyncException {
        if (!settings().method().entra()) {
            throw new SignInException("Choose a Microsoft Entra ID sign-in in Settings first.");
        }
        return entra().signIn(prompt);
    }

    @Override
    public void signIn(String userName, char[] secret) throws SyncException {
        current().signIn(userName, secret);
    }

    @Override
    public void signOut() {
        try {
            current().signOut();
        } catch (SignInException e) {
            password.signOut(); // settings that make no account hold no Entra sign-in either
        }
    }

    @Override
    public Optional<String> userName() {
        try {
            return current().userName();
        } catch (SignInException e) {
            return Optional.empty();
        }
    }

    @Override
    public String accessToken() throws SyncException {
        return current().accessToken();
    }

    @Override
    public void rejected(String token) {
        try {
            current().rejected(token);
        } catch (SignInException e) {
            // no account to tell: the next accessToken() reports the settings
        }
    }

    private synchronized BackOfficeAccount current() throws SignInException {
        return settings.method().entra() ? entra() : password;
    }

    private synchronized EntraAccount entra() throws SignInException {
        if (entra == null) {
            Supplier<SystemBrowser> opener = () -> browser;
            entra = EntraAccount.of(settings.checked(), authority, storage, opener, http);
        }
        return entra;
    }

    /** Only the organization and its app keep a sign-in; a new method alone keeps the Entra account's tokens. */
    private boolean sameOrganization(OrganizationSettings checked) {
        return settings.method().entra() == checked.method().entra() && settings.organizationUrl().equals(checked.organizationUrl())
                && settings.tenant().equals(checked.tenant()) && settings.clientId().equals(checked.clientId());
    }
}
