package org.fieldbook.store.internal;

import java.nio.file.Path;
import java.util.List;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.Failures;
import org.fieldbook.jdbc.SchemaMigrations;
import org.fieldbook.store.StoreException;

/** The device's database: how it is named in messages, what it throws, and its migrations in {@code db/}. */
final class StoreDatabase {

    static final String LABEL = "local database";
    static final Failures FAILURES = StoreException::new;
    static final SchemaMigrations MIGRATIONS = new SchemaMigrations(StoreDatabase.class,
            List.of("001-bookings.sql", "002-field-service.sql", "003-upload.sql", "004-agenda-index.sql",
                    "005-account-words.sql", "006-long-action-data.sql", "007-status-flow-and-time-entries.sql",
                    "008-notes.sql", "009-bulk-rows.sql", "010-ownership.sql"), LABEL, FAILURES);

    private StoreDatabase() {
    }

    static DerbyDatabase open(Path folder, String bootKey) {
        return DerbyDatabase.open(folder, bootKey, LABEL, FAILURES);
    }
}
