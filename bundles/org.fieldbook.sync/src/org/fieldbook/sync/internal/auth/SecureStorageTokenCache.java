package org.fieldbook.sync.internal.auth;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.fieldbook.sync.internal.SyncLog;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;

/**
 * MSAL's token cache (account, refresh, id and access tokens) kept encrypted in Eclipse secure storage, read
 * before each use and written back when MSAL changed it, so the sign-in survives a restart and no token lies on
 * disk in plain text.
 */
final class SecureStorageTokenCache implements ITokenCacheAccessAspect {

    private static final String CACHE = "msalTokenCache";

    private final ISecurePreferences root;
    private final String node;

    /** @param key what the cache belongs to (authority, tenant, app), made a node name by a digest */
    SecureStorageTokenCache(ISecurePreferences root, String key) {
        this.root = root;
        this.node = "org.fieldbook.sync/entra/" + SecureStorageRefreshTokens.digest(key);
    }

    @Override
    public void beforeCacheAccess(ITokenCacheAccessContext context) {
        if (!root.nodeExists(node)) {
            return;
        }
        try {
            String saved = root.node(node).get(CACHE, null);
            if (saved != null) {
                context.tokenCache().deserialize(saved);
            }
        } catch (StorageException e) {
            // the device then behaves as signed out: signing in again writes a readable cache
            SyncLog.of(SecureStorageTokenCache.class).warn("Secure storage cannot read the Microsoft sign-in: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterCacheAccess(ITokenCacheAccessContext context) {
        if (context.hasCacheChanged()) {
            save(context.tokenCache().serialize());
        }
    }

    /** Forgets every token of this cache. */
    void clear() {
        if (root.nodeExists(node)) {
            root.node(node).removeNode();
            flush();
        }
    }

    private void save(String serialized) {
        try {
            root.node(node).put(CACHE, serialized, true);
            flush();
        } catch (StorageException e) {
            SyncLog.of(SecureStorageTokenCache.class).warn("Secure storage cannot keep the Microsoft sign-in: " + e.getMessage(), e);
        }
    }

    private void flush() {
        try {
            root.flush();
        } catch (IOException e) {
            SyncLog.of(SecureStorageTokenCache.class).warn("Secure storage did not save the Microsoft sign-in: " + e.getMessage(), e);
        }
    }
}
