package org.fieldbook.sync.internal.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.SyncLog;

/**
 * Keeps the sign-in of one back office in Eclipse secure storage, the refresh token encrypted (on Windows
 * with the user's DPAPI key), so a technician signs in once per device, not once per start.
 */
final class SecureStorageRefreshTokens implements RefreshTokens {

    private static final String USER = "userName";
    private static final String TOKEN = "refreshToken";

    private final ISecurePreferences root;
    private final String node;

    SecureStorageRefreshTokens(ISecurePreferences root, URI serviceRoot) {
        this.root = root;
        this.node = "org.fieldbook.sync/accounts/" + digest(serviceRoot.toString());
    }

    @Override
    public Optional<Saved> load() throws SyncException {
        if (!root.nodeExists(node)) {
            return Optional.empty();
        }
        ISecurePreferences account = root.node(node);
        try {
            String user = account.get(USER, null);
            String token = account.get(TOKEN, null);
            return user == null || token == null ? Optional.empty() : Optional.of(new Saved(user, token));
        } catch (StorageException e) {
            throw new SyncException("Secure storage cannot read the saved sign-in: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(Saved saved) throws SyncException {
        ISecurePreferences account = root.node(node);
        try {
            account.put(USER, saved.userName(), false);
            account.put(TOKEN, saved.refreshToken(), true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw new SyncException("Secure storage cannot keep the sign-in: " + e.getMessage(), e);
        }
    }

    @Override
    public void clear() {
        if (root.nodeExists(node)) {
            root.node(node).removeNode();
            try {
                root.flush();
            } catch (IOException e) {
                SyncLog.of(SecureStorageRefreshTokens.class).warn("Secure storage did not save the sign-out: " + e.getMessage(), e);
            }
        }
    }

    /** Node names may not hold slashes or colons: a back office is named by a digest of its address. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
