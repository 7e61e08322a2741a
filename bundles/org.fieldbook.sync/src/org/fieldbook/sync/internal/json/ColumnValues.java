package org.fieldbook.sync.internal.json;

import java.io.IOException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Record;
import org.fieldbook.model.dataverse.DataverseField;
import org.fieldbook.model.dataverse.ValueKind;

import com.fasterxml.jackson.core.JsonToken;
import org.fieldbook.model.dataverse.FieldText;

/**
 * Sets a model feature from the JSON value under the cursor, in the representation the local store reads
 * back: lookups as a stub of the target holding its key, choices as their literals, null as unset.
 * Values are classified as the store classifies them, so what JSON delivers is what Derby can hold.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static void read(ResponseCursor cursor, Record row, DataverseField column) throws IOException {
        if (cursor.parser().currentToken() == JsonToken.VALUE_NULL) {
            row.eUnset(column.feature());
        } else if (column.feature() instanceof EReference reference) {
            row.eSet(reference, FieldText.reference(reference.getEReferenceType(), cursor.guid(column.name())));
        } else {
            row.eSet(column.feature(), value(cursor, ((EAttribute) column.feature()).getEAttributeType(), column.name()));
        }
    }

    private static Object value(ResponseCursor cursor, EDataType type, String column) throws IOException {
        return switch (ValueKind.of(type)) {
        case CHOICE -> literal(cursor, (EEnum) type, column);
        case WHOLE_NUMBER -> cursor.intValue(column);
        case BIG_INTEGER -> cursor.longValue(column);
        case DECIMAL -> cursor.doubleValue(column);
        case YES_NO -> cursor.booleanValue(column);
        case DATE_TIME, TEXT -> fromText(cursor, type, column);
        };
    }

    private static Object literal(ResponseCursor cursor, EEnum choice, String column) throws IOException {
        EEnumLiteral literal = choice.getEEnumLiteral(cursor.intValue(column));
        if (literal == null) {
            throw cursor.malformed(column, cursor.parser().getText() + " is not a value of the choice " + choice.getName());
        }
        return literal.getInstance();
    }

    /** Text and instants: the model's own conversion, which reads ISO-8601 instants as the Web API writes them. */
    private static Object fromText(ResponseCursor cursor, EDataType type, String column) throws IOException {
        String text = cursor.text(column);
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw cursor.malformed(column, "\"" + text + "\" is not a valid " + type.getName());
        }
    }
}
