package org.fieldbook.model.dataverse;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
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

    private static DataverseTable table(EClass eClass) {
        List<DataverseColumn> columns = eClass.getEAllAttributes().stream()
                .flatMap(attribute -> column(attribute).stream())
                .toList();
        return new DataverseTable(eClass, detail(eClass, "logicalName").orElseThrow(),
                detail(eClass, "entitySet").orElseThrow(), columns);
    }

    private static Optional<DataverseColumn> column(EAttribute attribute) {
        return detail(attribute, "column").map(name -> new DataverseColumn(attribute, name));
    }

    private static Optional<String> detail(EModelElement element, String key) {
        return Optional.ofNullable(element.getEAnnotation(SOURCE)).map(annotation -> annotation.getDetails().get(key));
    }
}
