package org.fieldbook.backoffice.internal.profiles;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OrganizationSettings;

/** The organization's one row, {@code organizations} in Dataverse: whether the server wins sync conflicts. */
public final class OrganizationSettingsStore {

    private final BackOfficeDatabase database;

    public OrganizationSettingsStore(BackOfficeDatabase database) {
        this.database = database;
    }

    public OrganizationSettings get() {
        return database.read("read the organization settings", connection -> {
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT ID, ISCONFLICTDETECTIONENABLEDFORMOBILECLIENT FROM FB_ORGANIZATION")) {
                row.next();
                OrganizationSettings settings = FieldbookFactory.eINSTANCE.createOrganizationSettings();
                settings.setId(row.getString(1));
                settings.setConflictDetectionEnabled(row.getBoolean(2));
                return settings;
            }
        });
    }

    /** @param enabled true: the server's values win conflicts; false: the device's (the default) */
    public OrganizationSettings setConflictDetectionEnabled(boolean enabled) {
        database.transaction("change conflict detection", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE FB_ORGANIZATION SET ISCONFLICTDETECTIONENABLEDFORMOBILECLIENT = ?")) {
                update.setBoolean(1, enabled);
                return update.executeUpdate();
            }
        });
        return get();
    }
}
