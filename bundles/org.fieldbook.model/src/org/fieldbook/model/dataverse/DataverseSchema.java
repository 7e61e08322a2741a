package org.fieldbook.model.dataverse;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.fieldbook.model.FieldbookPackage;

/**
 * Reads the Dataverse names that {@code model/fieldbook.ecore} records in its
 * {@value #SOURCE} annotations, so client and server agree on one mapping.
 */
public final class DataverseSchema {

    /** Source of the annotations that carry Dataverse names. */
    public static final String SOURCE = "http://www.fieldbook.org/dataverse";

    private final List<DataverseTable> tables;

    private DataverseSchema(EPackage ePackage) {
        tables = ePackage.getEClassifiers().stream()
                .filter(EClass.class::isInstance)
                .map(EClass.class::cast)
                .filter(eClass -> detail(eClass, "entitySet").isPresent())
                .map(DataverseSchema::table)
                .toList();
    }

    /** @return the schema of Fieldbook's model */
    public static DataverseSchema fieldbook() {
        return new DataverseSchema(FieldbookPackage.eINSTANCE);
    }

    /** @return every table, in model order */
    public List<DataverseTable> tables() {
        return tables;
    }

    /** @return the table behind an entity set, if the model has one */
    public Optional<DataverseTable> byEntitySet(String entitySet) {
        return tables.stream().filter(table -> table.entitySet().equals(entitySet)).findFirst();
    }

    /** @return the table of a model class, if it is one */
    public Optional<DataverseTable> byClass(EClass eClass) {
        return tables.stream().filter(table -> table.eClass() == eClass).findFirst();
    }

    /** @return the table with a logical name, if the model has one */
    public Optional<DataverseTable> byLogicalName(String logicalName) {
        return tables.stream().filter(table -> table.logicalName().equals(logicalName)).findFirst();
    }

    private static DataverseTable table(EClass eClass) {
        List<DataverseColumn> columns = eClass.getEAllAttributes().stream()
                .flatMap(attribute -> column(attribute).stream())
                .toList();
        List<DataverseLookup> lookups = eClass.getEAllReferences().stream()
                .filter(reference -> !reference.isContainment())
                .flatMap(reference -> lookup(reference).stream())
                .toList();
        return new DataverseTable(eClass, detail(eClass, "logicalName").orElseThrow(),
                detail(eClass, "entitySet").orElseThrow(), columns, lookups);
    }

    private static Optional<DataverseColumn> column(EAttribute attribute) {
        int maxLength = detail(attribute, "maxLength").map(Integer::parseInt).orElse(DataverseColumn.DEFAULT_TEXT_LENGTH);
        return detail(attribute, "column").map(name -> new DataverseColumn(attribute, name, maxLength));
    }

    private static Optional<DataverseLookup> lookup(EReference reference) {
        return detail(reference, "column")
                .map(column -> new DataverseLookup(reference, column, detail(reference, "navigation").orElseThrow()));
    }

    private static Optional<String> detail(EModelElement element, String key) {
        return Optional.ofNullable(element.getEAnnotation(SOURCE)).map(annotation -> annotation.getDetails().get(key));
    }
}
