package org.fieldbook.sync.internal.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;

/**
 * A back-office account signed in through the OAuth 2 token endpoint beside the Web API. The access token
 * lives in memory only and is renewed a little before it expires (or after a 401) with the refresh token,
 * which secure storage keeps; every renewal replaces the refresh token, as the server uses each once.
 */
public final class OAuthAccount implements BackOfficeAccount {

    /** Renew this long before expiry, so a token does not lapse in the middle of a sync's requests. */
    private static final Duration EARLY = Duration.ofSeconds(30);

    private final TokenEndpoint endpoint;
    private final RefreshTokens saved;
    private final Clock clock;
    private String accessToken;
    private Instant expiresAt = Instant.MIN;

    OAuthAccount(TokenEndpoint endpoint, RefreshTokens saved, Clock clock) {
        this.endpoint = endpoint;
        this.saved = saved;
        this.clock = clock;
    }

    /** @return the account at the back office of {@code serviceRoot}, remembered in {@code storage} */
    public static OAuthAccount of(URI serviceRoot, ISecurePreferences storage, CloseableHttpClient http) {
        return new OAuthAccount(new TokenEndpoint(serviceRoot.resolve("/oauth2/token"), http),
                new SecureStorageRefreshTokens(storage, serviceRoot), Clock.systemUTC());
    }

    @Override
    public synchronized void signIn(String userName, char[] password) throws SyncException {
        keep(userName, endpoint.signIn(userName, password));
    }

    @Override
    public synchronized void signOut() {
        saved.clear();
        accessToken = null;
        expiresAt = Instant.MIN;
    }

    @Override
    public Optional<String> userName() {
        try {
            return saved.load().map(RefreshTokens.Saved::userName);
        } catch (SyncException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized String accessToken() throws SyncException {
        if (accessToken != null && clock.instant().isBefore(expiresAt.minus(EARLY))) {
            return accessToken;
        }
        RefreshTokens.Saved account = saved.load()
                .orElseThrow(() -> new SignInException("Sign in to the back office first."));
        try {
            keep(account.userName(), endpoint.refresh(account.refreshToken()));
        } catch (SignInException lapsed) {
            signOut();
            throw lapsed;
        }
        return accessToken;
    }

    @Override
    public synchronized void rejected(String token) {
        if (token != null && token.equals(accessToken)) {
            accessToken = null;
        }
    }

    private void keep(String userName, TokenEndpoint.Tokens tokens) throws SyncException {
        saved.save(new RefreshTokens.Saved(userName, tokens.refreshToken()));
        accessToken = tokens.accessToken();
        expiresAt = clock.instant().plus(tokens.expiresIn());
    }
}
