package org.fieldbook.jdbc;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.dataverse.DataverseSchema;

/**
 * Tables that hold records, one per Dataverse table of the model. A device keeps only the field-service
 * tables; the offline profile, organization settings and sync errors it holds in documents of its own, and
 * its sync summaries it only sends. A note's file is not a column of the device's rows: the device keeps it in
 * blocks of its own and moves it with the block messages.
 */
public final class RecordTables {

    /** The offline profile's tables, which only the back office's profile management writes. */
    public static final Set<EClass> PROFILE_TABLES = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP);
    /** The tables a device does not keep as records. */
    public static final Set<EClass> NOT_ON_DEVICES = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP,
            FieldbookPackage.Literals.ORGANIZATION_SETTINGS, FieldbookPackage.Literals.SYNC_ERROR,
            FieldbookPackage.Literals.SYNC_SUMMARY);
    /** Columns a device's rows leave out: a note's file, too large for a row, travels in blocks. */
    public static final Set<String> NOT_IN_DEVICE_ROWS = Set.of("documentbody");

    private final List<TableMapping> tables;

    /** The field-service tables a device keeps. */
    public RecordTables(DataverseSchema schema) {
        this(schema, NOT_ON_DEVICES, NOT_IN_DEVICE_ROWS);
    }

    /** Every table of the schema but the {@code excluded} ones, with all their columns. */
    public RecordTables(DataverseSchema schema, Set<EClass> excluded) {
        this(schema, excluded, Set.of());
    }

    private RecordTables(DataverseSchema schema, Set<EClass> excluded, Set<String> leftOutColumns) {
        tables = schema.tables().stream()
                .filter(table -> !excluded.contains(table.eClass()))
                .map(table -> new TableMapping(table, leftOutColumns))
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
