package org.fieldbook.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        discardUnfinishedCreation(folder, label, failures);
        DerbyDatabase database = new DerbyDatabase(DerbyDriverLoader.embeddedDriver(), folder.toAbsolutePath(), bootKey, label,
                failures);
        Properties boot = new Properties();
        boot.setProperty("bootPassword", bootKey);
        if (!exists(folder) || !isEncrypted(folder)) {
            boot.setProperty("create", "true");
            boot.setProperty("dataEncryption", "true");
            boot.setProperty("encryptionAlgorithm", ENCRYPTION_ALGORITHM);
            boot.setProperty("encryptionKeyLength", ENCRYPTION_KEY_BITS);
        }
        try (Connection connection = database.driver.connect(database.url(), boot)) {
            return database;
        } catch (SQLException e) {
            throw failures.failure(openFailure(folder, label, e), e);
        }
    }

    /**
     * A folder without {@code service.properties} is a creation that was cut short (Derby writes that file
     * last): it holds no committed data, and Derby would refuse to create a database over it.
     */
    private static void discardUnfinishedCreation(Path folder, String label, Failures failures) {
        if (!Files.isDirectory(folder) || exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw failures.failure("Cannot clear the unfinished " + label + " in " + folder + ": " + e.getMessage(), e);
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

    /** Runs read-only {@code work}. */
    public <T> T read(String what, Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failures.failure("Cannot " + what + ": " + e.getMessage(), e);
        }
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
