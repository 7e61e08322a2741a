package org.fieldbook.sync.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseField;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FieldText;

/** A record's values as the outbox writes them (lookups as keys, choices as numbers), to compare records by value. */
final class FieldTexts {

    private FieldTexts() {
    }

    /** @return Dataverse column to value for every column, the key under the key column */
    static Map<String, String> of(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(table(record).keyColumn(), record.getId());
        values.putAll(columns(record, column -> true));
        return values;
    }

    /** @return the values a create of the record queues: every set field, as the local store does */
    static Map<String, String> setFields(Record record) {
        return columns(record, field -> record.eIsSet(field.feature()));
    }

    private static Map<String, String> columns(Record record, Predicate<DataverseField> included) {
        Map<String, String> values = new LinkedHashMap<>();
        table(record).fields().stream().filter(included).forEach(field -> values.put(field.name(), FieldText.of(record, field)));
        return values;
    }

    private static DataverseTable table(Record record) {
        return DataverseSchema.fieldbook().byClass(record.eClass()).orElseThrow();
    }
}
