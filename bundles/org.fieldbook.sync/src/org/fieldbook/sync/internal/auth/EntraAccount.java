package org.fieldbook.sync.internal.auth;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.DeviceCodePrompt;
import org.fieldbook.sync.OrganizationSettings;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SignInMethod;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.SystemBrowser;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;

/**
 * An account in a Dataverse organization, signed in through Microsoft Entra ID with MSAL4J as a public client:
 * the authorization code flow with PKCE in the system browser, or the device code flow. Tokens are asked for the
 * organization's {@code user_impersonation} scope and renewed silently from MSAL's cache (refresh token
 * included), which {@link SecureStorageTokenCache} keeps in secure storage.
 */
public final class EntraAccount implements BackOfficeAccount {

    /** MSAL's loopback redirect: it listens on a free port of localhost, which Entra ID accepts for public clients. */
    private static final URI REDIRECT = URI.create("http://localhost");
    private static final String NO_BROWSER = "fieldbook_no_browser";

    private final OrganizationSettings settings;
    private final PublicClientApplication app;
    private final SecureStorageTokenCache cache;
    private final Supplier<SystemBrowser> browser;
    private final OrganizationCheck check;
    private final Set<String> scopes;
    private final String authorityUrl;
    private String given;
    private String rejected;

    private EntraAccount(OrganizationSettings settings, PublicClientApplication app, SecureStorageTokenCache cache,
            Supplier<SystemBrowser> browser, OrganizationCheck check) throws SignInException {
        this.settings = settings;
        this.app = app;
        this.authorityUrl = app.authority();
        this.cache = cache;
        this.browser = browser;
        this.check = check;
        this.scopes = Set.of(settings.scope());
    }

    /**
     * @param settings checked settings of an Entra ID method
     * @param browser the system browser of the moment, or null
     */
    public static EntraAccount of(OrganizationSettings settings, EntraAuthority authority, ISecurePreferences storage,
            Supplier<SystemBrowser> browser, CloseableHttpClient http) throws SignInException {
        String authorityUrl = authority.of(settings.tenant());
        SecureStorageTokenCache cache = new SecureStorageTokenCache(storage, authorityUrl + " " + settings.clientId());
        PublicClientApplication.Builder builder = PublicClientApplication.builder(settings.clientId()).setTokenCacheAccessAspect(cache);
        if (!authority.discovered()) {
            builder.instanceDiscovery(false).validateAuthority(false);
        }
        if (authority.trust() != null) {
            builder.sslSocketFactory(authority.trust());
        }
        try {
            builder.authority(authorityUrl);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new SignInException("The tenant does not make a valid Microsoft Entra ID authority: " + e.getMessage());
        }
        return new EntraAccount(settings, builder.build(), cache, browser, new OrganizationCheck(settings.webApiRoot(), http));
    }

    /**
     * Signs in with the settings' method, then checks that the organization admits the user. Holds no lock while
     * the user takes their time: a sync asking for a token meanwhile is told to sign in, not kept waiting.
     *
     * @return the user's name
     */
    public String signIn(Consumer<DeviceCodePrompt> prompt) throws SyncException {
        IAuthenticationResult result = settings.method() == SignInMethod.ENTRA_BROWSER ? inBrowser(prompt) : withDeviceCode(prompt);
        String user = result.account().username();
        try {
            check.admits(result.accessToken(), user);
        } catch (SignInException refused) {
            signOut();
            throw refused;
        }
        synchronized (this) {
            given = result.accessToken();
        }
        return user;
    }

    @Override
    public void signIn(String userName, char[] password) throws SyncException {
        throw new SignInException("This device signs in to " + settings.organizationUrl() + " through Microsoft Entra ID, not with a password.");
    }

    @Override
    public synchronized void signOut() {
        for (IAccount account : app.getAccounts().join()) {
            app.removeAccount(account).join();
        }
        cache.clear();
        given = null;
    }

    @Override
    public Optional<String> userName() {
        return account().map(IAccount::username);
    }

    /** Silently: from MSAL's cache, or renewed with the refresh token when it expires (or was refused). */
    @Override
    public synchronized String accessToken() throws SyncException {
        IAccount account = account().orElseThrow(() -> new SignInException("Sign in with Microsoft first."));
        boolean refused = given != null && given.equals(rejected);
        SilentParameters silent = SilentParameters.builder(scopes, account).authorityUrl(authorityUrl)
                .forceRefresh(refused).build();
        try {
            given = await(app.acquireTokenSilently(silent), EntraErrors::ofRenewal).accessToken();
        } catch (MalformedURLException e) {
            throw new SignInException("The Microsoft Entra ID authority is not a valid URL: " + e.getMessage());
        }
        return given;
    }

    @Override
    public synchronized void rejected(String token) {
        rejected = token;
    }

    private Optional<IAccount> account() {
        return app.getAccounts().join().stream().findFirst();
    }

    private IAuthenticationResult inBrowser(Consumer<DeviceCodePrompt> prompt) throws SyncException {
        SystemBrowser opener = browser.get();
        if (opener == null) {
            return withDeviceCode(prompt);
        }
        InteractiveRequestParameters interactive = InteractiveRequestParameters.builder(REDIRECT).scopes(scopes)
                .systemBrowserOptions(SystemBrowserOptions.builder().openBrowserAction(url -> open(opener, url)).build()).build();
        try {
            return await(app.acquireToken(interactive), EntraErrors::ofSignIn);
        } catch (NoBrowserException e) {
            return withDeviceCode(prompt);
        }
    }

    private static void open(SystemBrowser opener, URL page) {
        try {
            if (!opener.open(page.toURI())) {
                throw new MsalClientException("No browser opened the sign-in page", NO_BROWSER);
            }
        } catch (URISyntaxException e) {
            throw new MsalClientException(e);
        }
    }

    private IAuthenticationResult withDeviceCode(Consumer<DeviceCodePrompt> prompt) throws SyncException {
        return await(app.acquireToken(DeviceCodeFlowParameters.builder(scopes, code -> prompt.accept(
                new DeviceCodePrompt(code.userCode(), URI.create(code.verificationUri()), code.message()))).build()), EntraErrors::ofSignIn);
    }

    private static IAuthenticationResult await(CompletableFuture<IAuthenticationResult> answer, Function<MsalException, SyncException> said)
            throws SyncException {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new SignInException("The sign-in was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalException failure) {
                if (NO_BROWSER.equals(failure.errorCode())) {
                    throw new NoBrowserException();
                }
                throw said.apply(failure);
            }
            throw new SyncException("The Microsoft sign-in failed: " + e.getCause(), e.getCause());
        }
    }

    /** No browser took the page: the caller falls back to the device code. */
    private static final class NoBrowserException extends SyncException {
        private static final long serialVersionUID = 1L;

        NoBrowserException() {
            super("No browser opened the sign-in page.");
        }
    }
}
