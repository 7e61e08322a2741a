package org.fieldbook.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.fieldbook.store.StoreException;

/**
 * One embedded Derby database in a folder. Connections come straight from Derby's driver because
 * {@code DriverManager} does not see drivers inside OSGi bundles.
 */
public final class DerbyDatabase implements AutoCloseable {

    /** SQL state Derby reports when a single database shut down as asked. */
    private static final String SHUTDOWN_OK = "08006";

    private final Driver driver;
    private final Path folder;

    private DerbyDatabase(Driver driver, Path folder) {
        this.driver = driver;
        this.folder = folder;
    }

    /** Opens the database in {@code folder}, creating it there when it does not exist yet. */
    public static DerbyDatabase open(Path folder) {
        DerbyDatabase database = new DerbyDatabase(DerbyDriverLoader.embeddedDriver(), folder.toAbsolutePath());
        Properties create = new Properties();
        create.setProperty("create", "true");
        try (Connection connection = database.driver.connect(database.url(), create)) {
            return database;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the local database in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Connection connect() throws SQLException {
        return driver.connect(url(), new Properties());
    }

    public Path folder() {
        return folder;
    }

    private String url() {
        return "jdbc:derby:" + folder;
    }

    /** Shuts the database down so its files are consistent and unlocked. */
    @Override
    public void close() {
        Properties shutdown = new Properties();
        shutdown.setProperty("shutdown", "true");
        try (Connection connection = driver.connect(url(), shutdown)) {
            throw new StoreException("Derby did not confirm the shutdown of " + folder);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw new StoreException("Cannot close the local database in " + folder + ": " + e.getMessage(), e);
            }
        }
    }
}
