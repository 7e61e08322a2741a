package org.fieldbook.jdbc;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;

/**
 * The tables that hold field-service records, one per Dataverse table of the model except the
 * configuration ones (offline profile, organization settings), which are kept as documents.
 */
public final class RecordTables {

    private static final Set<EClass> CONFIGURATION = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP,
            FieldbookPackage.Literals.ORGANIZATION_SETTINGS);

    private final List<TableMapping> tables;

    public RecordTables(DataverseSchema schema) {
        tables = schema.tables().stream()
                .filter(table -> !CONFIGURATION.contains(table.eClass()))
                .map(TableMapping::new)
                .toList();
    }

    public List<TableMapping> all() {
        return tables;
    }

    /** @throws IllegalArgumentException for a class without a record table */
    public TableMapping of(EClass eClass) {
        return tables.stream().filter(table -> table.eClass() == eClass).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(eClass.getName() + " has no record table"));
    }

    /** @throws IllegalArgumentException for a logical name without a record table */
    public TableMapping of(String logicalName) {
        return tables.stream().filter(table -> table.logicalName().equals(logicalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record table " + logicalName));
    }
}
