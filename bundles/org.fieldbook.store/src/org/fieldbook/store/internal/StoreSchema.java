package org.fieldbook.store.internal;

import java.util.List;
import java.util.Set;

import org.fieldbook.jdbc.TableMapping;
import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.StoreException;

/**
 * The record tables of the local database: every Dataverse table of the model except the configuration
 * ones (offline profile, organization settings), which the device keeps as documents.
 */
final class StoreSchema {

    private static final Set<EClass> CONFIGURATION = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP,
            FieldbookPackage.Literals.ORGANIZATION_SETTINGS);

    private final List<TableMapping> tables;

    StoreSchema(DataverseSchema schema) {
        tables = schema.tables().stream()
                .filter(table -> !CONFIGURATION.contains(table.eClass()))
                .map(TableMapping::new)
                .toList();
    }

    List<TableMapping> tables() {
        return tables;
    }

    TableMapping table(EClass eClass) {
        return tables.stream().filter(table -> table.eClass() == eClass).findFirst()
                .orElseThrow(() -> new StoreException(eClass.getName() + " is not stored on the device"));
    }

    TableMapping table(String logicalName) {
        return tables.stream().filter(table -> table.logicalName().equals(logicalName)).findFirst()
                .orElseThrow(() -> new StoreException("No local table " + logicalName));
    }
}
