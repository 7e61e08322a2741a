package org.fieldbook.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;


/**
 * One embedded Derby database in a folder, encrypted with AES (Derby's default would be DES). Connections
 * come straight from Derby's driver because {@code DriverManager} does not see drivers inside OSGi bundles;
 * the boot key travels in connection properties, never in a URL.
 */
public final class DerbyDatabase implements AutoCloseable {

    /** Derby's SQLState for the transaction it rolled back to end a deadlock. */
    private static final String DEADLOCK = "40001";
    private static final int READ_ATTEMPTS = 3;

    /** SQL state Derby reports when a single database shut down as asked. */
    private static final String SHUTDOWN_OK = "08006";

    /** SQL state of "an encrypted database cannot be accessed without the correct boot password". */
    private static final String WRONG_KEY = "XBM06";
    private static final String ENCRYPTION_ALGORITHM = "AES/CBC/NoPadding";
    private static final String ENCRYPTION_KEY_BITS = "256";

    private final Driver driver;
    private final Path folder;
    private final String bootKey;
    private final String label;
    private final Failures failures;

    private DerbyDatabase(Driver driver, Path folder, String bootKey, String label, Failures failures) {
        this.driver = driver;
        this.folder = folder;
        this.bootKey = bootKey;
        this.label = label;
        this.failures = failures;
    }

    /**
     * Opens the database in {@code folder}, creating it there, encrypted with {@code bootKey}, when it does
     * not exist yet. An unencrypted database (from Fieldbook 0.1) is encrypted in place on first open.
     *
     * @param label what the database is to its users, e.g. "local database", for messages
     * @param failures makes the exceptions thrown when the key does not unlock the database (nothing is
     *        changed), it cannot be opened, or later work fails
     */
    public static DerbyDatabase open(Path folder, String bootKey, String label, Failures failures) {
        return open(folder, bootKey, label, failures, PageCache.DERBY_DEFAULT);
    }

    /**
     * Opens the database as {@link #open(Path, String, String, Failures)} does, with the page cache it is given.
     */
    public static DerbyDatabase open(Path folder, String bootKey, String label, Failures failures, PageCache cache) {
        DerbyMemory.sizeToHeap();
        Driver driver = DerbyDriverLoader.embeddedDriver();
        if (!exists(folder)) {
            createAtomically(driver, folder, bootKey, label, failures);
        }
        DerbyDatabase database = new DerbyDatabase(driver, folder.toAbsolutePath(), bootKey, label, failures);
        Properties boot = new Properties();
        boot.setProperty("bootPassword", bootKey);
        if (!isEncrypted(folder)) {
            addEncryption(boot);
        }
        try (Connection connection = DerbyMemory.booting(cache, Runtime.getRuntime().maxMemory(),
                () -> database.driver.connect(database.url(), boot))) {
            return database;
        } catch (SQLException e) {
            throw failures.failure(openFailure(folder, label, e), e);
        }
    }

    /**
     * Creates the database in a sibling staging folder and renames it into place once Derby has finished
     * and shut it down, so that a process killed during creation never leaves a half-made database (Derby
     * cannot open one, nor create over it). A staging folder left by such a kill holds no data and is
     * cleared first, as is a folder without {@code service.properties} left by a creation cut short before staging was used.
     */
    private static void createAtomically(Driver driver, Path folder, String bootKey, String label, Failures failures) {
        Path staging = folder.resolveSibling(folder.getFileName() + ".creating");
        Properties create = new Properties();
        create.setProperty("bootPassword", bootKey);
        create.setProperty("create", "true");
        addEncryption(create);
        try {
            deleteTree(staging);
            deleteTree(folder);
            Files.createDirectories(staging.getParent());
            try (Connection connection = driver.connect("jdbc:derby:" + staging.toAbsolutePath(), create)) {
                // created; shut down below so its files are complete before the rename
            }
            new DerbyDatabase(driver, staging.toAbsolutePath(), bootKey, label, failures).close();
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw failures.failure(openFailure(folder, label, e), e);
        } catch (IOException e) {
            throw failures.failure("Cannot open the " + label + " in " + folder + ": cannot create it there, " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to write " + e.getMessage();
        }
        return String.valueOf(e);
    }

    private static void addEncryption(Properties boot) {
        boot.setProperty("dataEncryption", "true");
        boot.setProperty("encryptionAlgorithm", ENCRYPTION_ALGORITHM);
        boot.setProperty("encryptionKeyLength", ENCRYPTION_KEY_BITS);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** @return whether a database exists in {@code folder} */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve("service.properties"));
    }

    public static boolean isEncrypted(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve("service.properties"))) {
            Properties service = new Properties();
            service.load(in);
            return Boolean.parseBoolean(service.getProperty("dataEncryption"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve("service.properties"), e);
        }
    }

    private static String openFailure(Path folder, String label, SQLException e) {
        // Derby reports the wrong key as a nested engine exception whose text starts with its SQL state.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            boolean wrongKey = cause instanceof SQLException sql ? WRONG_KEY.equals(sql.getSQLState())
                    : String.valueOf(cause).contains(WRONG_KEY);
            if (wrongKey) {
                return "The " + label + " in " + folder + " could not be unlocked: its key in secure storage is wrong."
                        + " Nothing was changed.";
            }
        }
        return "Cannot open the " + label + " in " + folder + ": " + e.getMessage();
    }

    public Connection connect() throws SQLException {
        Properties boot = new Properties();
        boot.setProperty("bootPassword", bootKey);
        return driver.connect(url(), boot);
    }

    public Path folder() {
        return folder;
    }

    private String url() {
        return "jdbc:derby:" + folder;
    }

    /** Work done with a connection; may throw what JDBC throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param what what the work does, for the error message
     */
    public <T> T transaction(String what, Work<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failures.failure("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only {@code work}, again when Derby chose it to end a deadlock: a read that waited on a bulk load
     * while compiling can be chosen, and reading again changes nothing.
     */
    public <T> T read(String what, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = connect()) {
                return work.run(connection);
            } catch (SQLException e) {
                if (!isDeadlock(e) || attempt == READ_ATTEMPTS) {
                    throw failures.failure("Cannot " + what + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** @return whether Derby rolled back the failed work to end a deadlock, so that it may simply run again */
    public static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Shuts the database down so its files are consistent and unlocked. */
    @Override
    public void close() {
        Properties shutdown = new Properties();
        shutdown.setProperty("shutdown", "true");
        try (Connection connection = driver.connect(url(), shutdown)) {
            throw failures.failure("Derby did not confirm the shutdown of " + folder, null);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw failures.failure("Cannot close the " + label + " in " + folder + ": " + e.getMessage(), e);
            }
        }
    }
}
