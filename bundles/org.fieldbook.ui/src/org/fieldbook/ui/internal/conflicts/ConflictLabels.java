package org.fieldbook.ui.internal.conflicts;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EAttribute;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.store.Records;

/**
 * A technician's words for what a conflict names by Dataverse names: "Work order WO-000005" for
 * {@code msdyn_workorder} and its key, "Instructions" for {@code msdyn_instructions}. The model's class and
 * attribute names are the words; an unknown name is shown as it is.
 */
final class ConflictLabels {

    /** Dataverse's primary name columns: what people call a record (a work order's number, a task's name). */
    private static final Set<String> PRIMARY_NAMES = Set.of("msdyn_name", "name");

    private final DataverseSchema schema;

    ConflictLabels(DataverseSchema schema) {
        this.schema = schema;
    }

    /** @return the kind of record and its name when the device holds it, e.g. "Work order WO-000005"; reads the store */
    String record(Records records, String tableName, String id) {
        Optional<DataverseTable> table = schema.byLogicalName(tableName);
        if (table.isEmpty()) {
            return tableName + " " + id;
        }
        EClass eClass = table.get().eClass();
        Optional<EAttribute> name = table.get().columns().stream().filter(column -> PRIMARY_NAMES.contains(column.name()))
                .map(DataverseColumn::attribute).findFirst();
        Optional<Object> shown = name.flatMap(attribute -> records.<Record>find(eClass, id).map(record -> record.eGet(attribute)))
                .filter(value -> !value.toString().isBlank());
        return words(eClass) + " " + shown.orElse(id);
    }

    /** @return the field's name in words, e.g. "Instructions" */
    String column(String tableName, String column) {
        return schema.byLogicalName(tableName).flatMap(table -> table.columns().stream()
                .filter(candidate -> candidate.name().equals(column)).findFirst()).map(DataverseColumn::attribute)
                .map(ConflictLabels::words).orElse(column);
    }

    /** "WorkOrderServiceTask", "percentComplete", "telephone1" become "Work order service task", "Percent complete", "Telephone 1". */
    static String words(ENamedElement element) {
        String name = element.getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else if (Character.isDigit(c) && !Character.isDigit(name.charAt(i - 1))) {
                words.append(' ').append(c);
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
