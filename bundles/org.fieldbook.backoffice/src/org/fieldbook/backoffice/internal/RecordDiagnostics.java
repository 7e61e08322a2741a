package org.fieldbook.backoffice.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.TableMapping;

/**
 * The model's validation problems in the Web API's terms: EMF names the model's features and prints the record as
 * a Java object; a client knows columns.
 */
final class RecordDiagnostics {

    /** How EMF prints a record: {@code org.fieldbook.model.impl.BookingImpl@41d3ffc9{...}}, maybe quoted. */
    private static final Pattern OBJECT = Pattern.compile("'?[\\w.$]*Impl@[0-9a-f]+(\\{[^}]*\\})?'?");

    private RecordDiagnostics() {
    }

    /** @return the first problem of {@code validation}, naming columns by their Dataverse names */
    static String message(TableMapping table, Diagnostic validation) {
        Diagnostic problem = validation.getChildren().isEmpty() ? validation : validation.getChildren().get(0);
        for (Object data : problem.getData()) {
            if (data instanceof EStructuralFeature feature && EObjectValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())
                    && problem.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS) {
                return "The column '" + columnName(table, feature) + "' needs a value.";
            }
        }
        String message = OBJECT.matcher(problem.getMessage()).replaceAll("the " + table.logicalName())
                .replaceAll("\\b" + table.eClass().getName() + "\\b", table.logicalName());
        for (ColumnMapping column : table.columns()) {
            message = message.replaceAll("\\b" + column.feature().getName() + "\\b", Matcher.quoteReplacement(column.dataverseName()));
        }
        return message;
    }

    private static String columnName(TableMapping table, EStructuralFeature feature) {
        return table.columns().stream().filter(column -> column.feature() == feature).map(ColumnMapping::dataverseName)
                .findFirst().orElse(feature.getName().toLowerCase(Locale.ROOT));
    }
}
