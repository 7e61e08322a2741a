package org.fieldbook.store.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.store.StoreException;

/** The record tables of the local database, with the store's own errors for tables it does not hold. */
final class StoreSchema {

    private final RecordTables tables;

    StoreSchema(DataverseSchema schema) {
        tables = new RecordTables(schema);
    }

    List<TableMapping> tables() {
        return tables.all();
    }

    TableMapping table(EClass eClass) {
        try {
            return tables.of(eClass);
        } catch (IllegalArgumentException e) {
            throw new StoreException(eClass.getName() + " is not stored on the device", e);
        }
    }
}
