package org.fieldbook.jdbc;

import java.util.Locale;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbook.model.dataverse.DataverseField;

/**
 * A model feature stored in a column: the Dataverse column name, upper-cased, without the leading
 * underscore of lookups (SQL names cannot start with one): {@code _msdyn_workorder_value} is
 * {@code MSDYN_WORKORDER_VALUE}.
 */
public record ColumnMapping(EStructuralFeature feature, String dataverseName, String sqlName) {

    public static ColumnMapping of(DataverseField field) {
        return new ColumnMapping(field.feature(), field.name(), sqlName(field.name()));
    }

    public static String sqlName(String dataverseName) {
        return (dataverseName.startsWith("_") ? dataverseName.substring(1) : dataverseName).toUpperCase(Locale.ROOT);
    }

    public boolean isLookup() {
        return feature instanceof EReference;
    }

    public DataverseField field() {
        return new DataverseField(feature, dataverseName);
    }
}
