package org.fieldbook.store.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.service.datalocation.Location;
import org.fieldbook.store.BookingRepository;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The local store as a DS component: a Derby database in the instance area (the workspace). */
@Component(service = LocalStore.class)
public final class DerbyLocalStore implements LocalStore {

    /** Folder of the database inside the instance area. */
    static final String DATABASE_FOLDER = "fieldbook-db";

    private final ILog log = ILog.of(DerbyLocalStore.class);
    private final DerbyDatabase database;
    private final int schemaVersion;
    private final BookingRepository bookings;

    @Activate
    public DerbyLocalStore(@Reference(target = "(type=osgi.instance.area)") Location instanceArea) {
        this(databaseFolder(instanceArea));
    }

    /** Opens (and creates or migrates) the database in {@code folder}; for tests and tools. */
    public DerbyLocalStore(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        redirectDerbyLog(parent);
        database = DerbyDatabase.open(folder);
        try (Connection connection = database.connect()) {
            schemaVersion = SchemaMigrations.migrate(connection);
        } catch (SQLException | StoreException e) {
            database.close();
            throw e instanceof StoreException store ? store
                    : new StoreException("Cannot prepare the local database: " + e.getMessage(), e);
        }
        bookings = new JdbcBookingRepository(database);
        log.info("Local store open at " + database.folder() + " (schema version " + schemaVersion + ")");
    }

    @Override
    public BookingRepository bookings() {
        return bookings;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Path location() {
        return database.folder();
    }

    @Deactivate
    public void close() {
        database.close();
    }

    private static Path databaseFolder(Location instanceArea) {
        URL url = instanceArea == null ? null : instanceArea.getURL();
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new StoreException("No local workspace (instance area) is set: start Fieldbook with -data <folder>.");
        }
        try {
            // Equinox location URLs are not escaped: their path is the file system path.
            Path workspace = Path.of(url.getPath());
            Files.createDirectories(workspace);
            return workspace.resolve(DATABASE_FOLDER);
        } catch (IOException | InvalidPathException e) {
            throw new StoreException("Cannot use the workspace " + url + " for the local database: " + e.getMessage(), e);
        }
    }

    /** Derby writes derby.log into the working directory unless told otherwise, and only reads this at boot. */
    private static void redirectDerbyLog(Path folder) {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        }
    }
}
