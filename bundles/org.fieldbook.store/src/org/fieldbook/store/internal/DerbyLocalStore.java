package org.fieldbook.store.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.BookingRepository;
import org.fieldbook.store.ConfigurationDocuments;
import org.fieldbook.store.Conflicts;
import org.fieldbook.store.Downloads;
import org.fieldbook.store.LocalEdits;
import org.fieldbook.store.LocalStore;
import org.fieldbook.store.NoteFileTransfers;
import org.fieldbook.store.Outbox;
import org.fieldbook.store.Records;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.SyncErrors;
import org.fieldbook.store.SyncStates;
import org.fieldbook.store.Uploads;
import org.fieldbook.store.WorkOrderNotes;
import org.fieldbook.store.WorkOrderRepository;
import org.fieldbook.store.internal.security.BootKeys;
import org.fieldbook.store.internal.security.SecureStorageBootKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The local store as a DS component: an encrypted Derby database in the instance area (the workspace),
 * its key in Eclipse secure storage.
 */
@Component(service = LocalStore.class)
public final class DerbyLocalStore implements LocalStore {

    /** Folder of the database inside the instance area. */
    static final String DATABASE_FOLDER = "fieldbook-db";

    private final DerbyDatabase database;
    private final int schemaVersion;
    private final JdbcOutbox outbox;
    private final JdbcSyncStates syncStates;
    private final BookingRepository bookings;
    private final WorkOrderRepository workOrders;
    private final Records records;
    private final JdbcLocalEdits edits;
    private final Uploads uploads;
    private final Downloads downloads;
    private final Conflicts conflicts;
    private final SyncErrors syncErrors;
    private final ConfigurationDocuments configuration;
    private final WorkOrderNotes notes;
    private final NoteFileTransfers noteFiles;

    @Activate
    public DerbyLocalStore(@Reference(target = "(type=osgi.instance.area)") Location instanceArea) {
        this(databaseFolder(instanceArea), new SecureStorageBootKeys(defaultSecureStorage()));
        ILog.of(DerbyLocalStore.class).info("Local store open at " + location() + " (schema version " + schemaVersion + ")");
    }

    /** Opens (creating, encrypting or migrating as needed) the database in {@code folder}; for tests and tools. */
    public DerbyLocalStore(Path folder, BootKeys keys) {
        redirectDerbyLog(folder.toAbsolutePath().getParent());
        boolean mayCreateKey = !DerbyDatabase.exists(folder) || !DerbyDatabase.isEncrypted(folder);
        database = StoreDatabase.open(folder, keys.keyFor(folder, mayCreateKey));
        try (Connection connection = database.connect()) {
            schemaVersion = StoreDatabase.MIGRATIONS.migrate(connection);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e instanceof StoreException store ? store
                    : new StoreException("Cannot prepare the local database: " + e.getMessage(), e);
        }
        try {
            database.transaction("move the account words of the search index", connection -> {
                WorkOrderSearchIndex.splitAfterMigration(connection);
                return null;
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        StoreSchema schema = new StoreSchema(DataverseSchema.fieldbook());
        WorkOrderSearchIndex searchIndex = new WorkOrderSearchIndex();
        outbox = new JdbcOutbox(database);
        syncStates = new JdbcSyncStates(database);
        bookings = new JdbcBookings(database);
        workOrders = new JdbcWorkOrders(database, schema, searchIndex);
        records = new JdbcRecords(database, schema, outbox);
        edits = new JdbcLocalEdits(database, schema, outbox, searchIndex);
        uploads = new JdbcUploads(database, schema, outbox, searchIndex);
        downloads = new JdbcDownloads(database, schema, outbox, syncStates, searchIndex);
        conflicts = new JdbcConflicts(database);
        syncErrors = new JdbcSyncErrors(database);
        configuration = new JdbcConfigurationDocuments(database);
        notes = new JdbcNotes(database, edits, outbox);
        noteFiles = new JdbcNoteFiles(database);
    }

    @Override
    public BookingRepository bookings() {
        return bookings;
    }

    @Override
    public WorkOrderRepository workOrders() {
        return workOrders;
    }

    @Override
    public Records records() {
        return records;
    }

    @Override
    public LocalEdits edits() {
        return edits;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public Uploads uploads() {
        return uploads;
    }

    @Override
    public Downloads downloads() {
        return downloads;
    }

    @Override
    public SyncStates syncStates() {
        return syncStates;
    }

    @Override
    public Conflicts conflicts() {
        return conflicts;
    }

    @Override
    public SyncErrors syncErrors() {
        return syncErrors;
    }

    @Override
    public WorkOrderNotes notes() {
        return notes;
    }

    @Override
    public NoteFileTransfers noteFiles() {
        return noteFiles;
    }

    @Override
    public ConfigurationDocuments configuration() {
        return configuration;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Path location() {
        return database.folder();
    }

    /** The open database, for tests and tools in this package. */
    DerbyDatabase database() {
        return database;
    }

    @Deactivate
    public void close() {
        database.close();
    }

    private static ISecurePreferences defaultSecureStorage() {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new StoreException("Eclipse secure storage is not available, so the local database cannot be unlocked."
                    + " See the log for why.");
        }
        return root;
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
