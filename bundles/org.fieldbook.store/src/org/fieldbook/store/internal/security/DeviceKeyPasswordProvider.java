package org.fieldbook.store.internal.security;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The lowest-priority master password for Eclipse secure storage, for machines without an OS-backed
 * provider (Linux development machines and CI; tablets use Windows DPAPI, which outranks this). The
 * password is random and lives in a file readable only by its owner, next to the secure storage file:
 * it protects the data against copies of the database, not against the account that owns the file.
 */
public final class DeviceKeyPasswordProvider extends PasswordProvider {

    private static final String FILE_SUFFIX = ".fieldbook-key";
    private static final int KEY_BYTES = 32;

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path storage = Path.of(container.getLocation().toURI());
            Path keyFile = storage.resolveSibling(storage.getFileName() + FILE_SUFFIX);
            return new PBEKeySpec(readOrCreate(keyFile).toCharArray());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            ILog.of(DeviceKeyPasswordProvider.class).error("No master password for secure storage: " + e.getMessage(), e);
            return null;
        }
    }

    private static String readOrCreate(Path keyFile) throws IOException {
        if (Files.isRegularFile(keyFile)) {
            return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String text = Base64.getEncoder().encodeToString(key);
        Files.createDirectories(keyFile.getParent());
        try {
            Files.createFile(keyFile, ownerOnly(keyFile));
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        }
        Files.writeString(keyFile, text, StandardCharsets.US_ASCII);
        return text;
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(Set.copyOf(PosixFilePermissions.fromString("rw-------"))) }
                : new FileAttribute<?>[0];
    }
}
