package org.fieldbook.backoffice.internal;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OrganizationSettings;

/**
 * The organization's mobile offline settings, the row devices read from the Web API's {@code organizations}.
 * A change is written as a Web API update is: with the writer's row access (only admins change the row) and
 * a new version, so devices download it with their next delta.
 */
public final class OrganizationSettingsRow {

    private final BackOfficeDatabase database;
    private final TableMapping table;

    public OrganizationSettingsRow(BackOfficeDatabase database) {
        this.database = database;
        this.table = database.tables().of(FieldbookPackage.Literals.ORGANIZATION_SETTINGS);
    }

    /** @return the settings as stored */
    public OrganizationSettings read() {
        return database.read("read the organization's settings", connection -> table.select(connection, "", List.of())
                .stream().map(OrganizationSettings.class::cast).findFirst()
                .orElseThrow(() -> new BackOfficeException("The organization's settings row is missing")));
    }

    /**
     * Turns conflict detection for mobile clients on (the server wins) or off (the device wins).
     *
     * @return whether {@code user} may change the settings, i.e. is an admin
     */
    public boolean setConflictDetection(boolean enabled, Principal user) {
        RowAccess access = RowAccess.of(user);
        if (!access.mayWrite(table)) {
            return false;
        }
        database.update(table, read().getId(), stored -> {
            OrganizationSettings changed = (OrganizationSettings) EcoreUtil.copy(stored);
            changed.setConflictDetectionEnabled(enabled);
            return changed;
        }, null, false, access);
        return true;
    }
}
