package org.fieldbook.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.DerbyDriverLoader;
import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.DownloadPage;
import org.fieldbook.store.NoteDraft;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.internal.security.SecureStorageBootKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: a lost tablet's database files do not give away customer data. */
class EncryptionTest {

    private static final String CUSTOMER = "Zebulon Quixotic Dairy";
    /** Stands for the bytes of a customer's photo: found in any file that holds the photo unencrypted. */
    private static final String PHOTO_MARKER = "FIELDBOOK-PHOTO-MARKER-7f3a";

    @TempDir
    Path workspace;

    @Test
    void theDatabaseFilesDoNotContainACustomerName() throws Exception {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = StoreFixtures.open(folder);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(StoreFixtures.account("a1", CUSTOMER))));
        store.close();

        assertThat(filesContaining(folder, CUSTOMER)).isEmpty();
        assertThat(Files.readString(folder.resolve("service.properties"))).contains("dataEncryption=true")
                .contains("encryptionAlgorithm=AES/CBC/NoPadding");
    }

    @Test
    void aTableLoadedInBulkIsEncryptedToo() throws Exception {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = StoreFixtures.open(folder);
        List<Account> accounts = IntStream.range(0, 2000).mapToObj(i -> StoreFixtures.account("a" + i, CUSTOMER + " " + i)).toList();
        store.downloads().load(FieldbookPackage.Literals.ACCOUNT, accounts.iterator(),
                () -> new DownloadPage(FieldbookPackage.Literals.ACCOUNT, List.of(), List.of(), null, "token", null));
        assertThat(store.records().count(FieldbookPackage.Literals.ACCOUNT)).isEqualTo(2000);
        store.close();

        assertThat(filesContaining(folder, CUSTOMER)).isEmpty();
    }

    @Test
    void theDatabaseFilesDoNotContainAnAttachedPhoto() throws Exception {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = StoreFixtures.open(folder);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(StoreFixtures.account("a1", "Contoso"))));
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.WORK_ORDER, List.of(StoreFixtures.workOrder("wo-1", "WO-1",
                null, null, null, WorkOrderSystemStatus.SCHEDULED))));
        byte[] photo = (PHOTO_MARKER + " ").repeat(300_000).getBytes(StandardCharsets.UTF_8);
        store.notes().add(new NoteDraft("wo-1", "Meter", null, "meter.jpg", "image/jpeg", photo));
        store.close();

        assertThat(filesContaining(folder, PHOTO_MARKER)).isEmpty();
        assertThat(filesContaining(folder, "meter.jpg")).isEmpty();
    }

    @Test
    void theScanFindsTheNameInAnUnencryptedDatabase() throws Exception {
        // The control: the same scan does find plain text, so the test above can fail.
        Path folder = workspace.resolve("plain");
        Properties create = new Properties();
        create.setProperty("create", "true");
        try (Connection connection = DerbyDriverLoader.embeddedDriver().connect("jdbc:derby:" + folder, create);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE T (NAME VARCHAR(100))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO T VALUES (?)")) {
                insert.setString(1, CUSTOMER);
                insert.executeUpdate();
            }
        }
        shutdown(folder);

        assertThat(filesContaining(folder, CUSTOMER)).isNotEmpty();
    }

    @Test
    void aWrongKeyIsRefusedClearlyAndDamagesNothing() {
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = StoreFixtures.open(folder);
        store.downloads().apply(StoreFixtures.page(FieldbookPackage.Literals.ACCOUNT, List.of(StoreFixtures.account("a1", CUSTOMER))));
        store.close();

        assertThatThrownBy(() -> new DerbyLocalStore(folder, (database, mayCreate) -> "not-the-right-key-at-all"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be unlocked")
                .hasMessageContaining("Nothing was changed");

        DerbyLocalStore reopened = StoreFixtures.open(folder);
        try {
            assertThat(reopened.records().find(FieldbookPackage.Literals.ACCOUNT, "a1")).isPresent();
        } finally {
            reopened.close();
        }
    }

    @Test
    void theKeyLivesEncryptedInSecureStorageAndIsReusedOnTheNextStart() throws Exception {
        Path storage = workspace.resolve("secure_storage");
        Path folder = workspace.resolve("db");
        DerbyLocalStore store = new DerbyLocalStore(folder, new SecureStorageBootKeys(secureStorage(storage)));
        store.close();
        assertThat(secureStorage(storage).node("org.fieldbook.store/databases").childrenNames()).hasSize(1);
        String key = firstKey(secureStorage(storage));

        assertThat(key).hasSize(64);
        assertThat(Files.readString(storage)).doesNotContain(key);
        DerbyLocalStore reopened = new DerbyLocalStore(folder, new SecureStorageBootKeys(secureStorage(storage)));
        reopened.close();
    }

    @Test
    void aMissingKeyForAnExistingDatabaseIsAClearError() throws Exception {
        Path folder = workspace.resolve("db");
        StoreFixtures.open(folder).close();

        assertThatThrownBy(() -> new DerbyLocalStore(folder, new SecureStorageBootKeys(secureStorage(workspace.resolve("empty_storage")))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("missing from secure storage");
        assertThat(DerbyDatabase.isEncrypted(folder)).isTrue();
    }

    @Test
    void anUnencryptedDatabaseOfFieldbookZeroPointOneIsEncryptedOnOpen() throws Exception {
        Path folder = workspace.resolve("db");
        Properties create = new Properties();
        create.setProperty("create", "true");
        try (Connection connection = DerbyDriverLoader.embeddedDriver().connect("jdbc:derby:" + folder, create)) {
            StoreDatabase.MIGRATIONS.migrate(connection, 1);
        }
        shutdown(folder);
        assertThat(DerbyDatabase.isEncrypted(folder)).isFalse();

        DerbyLocalStore store = StoreFixtures.open(folder);
        store.close();

        assertThat(DerbyDatabase.isEncrypted(folder)).isTrue();
        assertThatThrownBy(() -> new DerbyLocalStore(folder, (database, mayCreate) -> "another-key-entirely"))
                .hasMessageContaining("could not be unlocked");
    }

    private static String firstKey(ISecurePreferences root) throws Exception {
        ISecurePreferences databases = root.node("org.fieldbook.store/databases");
        return databases.node(databases.childrenNames()[0]).get("bootKey", null);
    }

    private static ISecurePreferences secureStorage(Path file) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return SecurePreferencesFactory.open(file.toUri().toURL(), options);
    }

    private static void shutdown(Path folder) {
        Properties shutdown = new Properties();
        shutdown.setProperty("shutdown", "true");
        try {
            DerbyDriverLoader.embeddedDriver().connect("jdbc:derby:" + folder, shutdown);
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("08006");
        }
    }

    /** @return the files under {@code folder} holding {@code text} in UTF-8 or UTF-16 */
    private static List<Path> filesContaining(Path folder, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                byte[] content = read(file);
                return indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0;
            }).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] content, byte[] pattern) {
        outer:
        for (int i = 0; i <= content.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
