package org.fieldbook.model.dataverse;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;

/**
 * How a model class appears in the Dataverse Web API.
 *
 * @param eClass the model class
 * @param logicalName the table's logical name, also its entity type name (e.g. {@code msdyn_workorder})
 * @param entitySet the collection's URL segment (e.g. {@code msdyn_workorders})
 * @param columns the class's attributes that have a column, the key excluded
 * @param lookups the class's references to other tables, read as {@code _x_value} columns
 */
public record DataverseTable(EClass eClass, String logicalName, String entitySet, List<DataverseColumn> columns,
        List<DataverseLookup> lookups) {

    /** @return the primary key column: by Dataverse convention the logical name followed by "id" */
    public String keyColumn() {
        return logicalName + "id";
    }

    /** @return the fields of a row, the key excluded: the columns, then the lookups */
    public List<DataverseField> fields() {
        return Stream.concat(columns.stream().map(column -> new DataverseField(column.attribute(), column.name())),
                lookups.stream().map(lookup -> new DataverseField(lookup.reference(), lookup.column()))).toList();
    }

    public Optional<DataverseField> field(String name) {
        return fields().stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
