package org.fieldbook.store;

import java.nio.file.Path;

/**
 * The technician's local database: everything the UI shows is read from here, online or offline.
 * Registered as an OSGi service; the database is created in the instance area on first use.
 */
public interface LocalStore {

    /** @return the bookings stored on this device */
    BookingRepository bookings();

    /** @return the schema version of the open database */
    int schemaVersion();

    /** @return the folder holding the database files */
    Path location();
}
