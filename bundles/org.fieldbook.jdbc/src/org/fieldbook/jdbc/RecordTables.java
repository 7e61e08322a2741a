package org.fieldbook.jdbc;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DeviceTables;

/** Tables that hold records, one per Dataverse table of the model; on a device those {@link DeviceTables} names. */
public final class RecordTables {

    private final List<TableMapping> tables;

    /** The field-service tables a device keeps. */
    public RecordTables(DataverseSchema schema) {
        this(schema, DeviceTables.NOT_ON_DEVICES, DeviceTables.NOT_IN_DEVICE_ROWS);
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
