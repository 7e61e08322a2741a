package org.fieldbook.sync.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.FieldText;
import org.fieldbook.jdbc.TableMapping;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseSchema;

/** A record's values as the outbox writes them (lookups as keys, choices as numbers), to compare records by value. */
final class FieldTexts {

    private FieldTexts() {
    }

    /** @return Dataverse column to value for every column, the key under the key column */
    static Map<String, String> of(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(table(record).logicalName() + "id", record.getId());
        values.putAll(columns(record, column -> true));
        return values;
    }

    /** @return the values a create of the record queues: every set field, as the local store does */
    static Map<String, String> setFields(Record record) {
        return columns(record, column -> record.eIsSet(column.feature()));
    }

    private static Map<String, String> columns(Record record, Predicate<ColumnMapping> included) {
        Map<String, String> values = new LinkedHashMap<>();
        table(record).columns().stream().filter(included)
                .forEach(column -> values.put(column.dataverseName(), FieldText.of(record, column)));
        return values;
    }

    private static TableMapping table(Record record) {
        return new TableMapping(DataverseSchema.fieldbook().byClass(record.eClass()).orElseThrow());
    }
}
