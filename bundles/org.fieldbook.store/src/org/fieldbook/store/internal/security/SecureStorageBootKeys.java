package org.fieldbook.store.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.fieldbook.store.StoreException;

/**
 * Keeps each database's boot key, encrypted, in Eclipse secure storage: on Windows protected by the
 * user's DPAPI key, so a lost tablet's database cannot be read without the technician's Windows account.
 */
public final class SecureStorageBootKeys implements BootKeys {

    private static final String NODE = "org.fieldbook.store/databases";
    private static final String KEY = "bootKey";
    private static final int KEY_BYTES = 32;

    private final ISecurePreferences root;
    private final SecureRandom random = new SecureRandom();

    public SecureStorageBootKeys(ISecurePreferences root) {
        this.root = root;
    }

    @Override
    public String keyFor(Path database, boolean mayCreate) {
        ISecurePreferences node = root.node(NODE + "/" + nodeName(database));
        try {
            String key = node.get(KEY, null);
            if (key != null) {
                return key;
            }
            if (!mayCreate) {
                throw new StoreException("The key to the local database in " + database + " is missing from secure storage,"
                        + " so its data cannot be read. Nothing was changed.");
            }
            key = HexFormat.of().formatHex(bytes());
            node.put(KEY, key, true);
            node.put("path", database.toString(), false);
            root.flush();
            return key;
        } catch (StorageException | IOException e) {
            throw new StoreException("Eclipse secure storage cannot keep the local database's key: " + e.getMessage(), e);
        }
    }

    private byte[] bytes() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** Node names may not contain slashes: a database is named by a digest of its absolute path. */
    private static String nodeName(Path database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(database.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
