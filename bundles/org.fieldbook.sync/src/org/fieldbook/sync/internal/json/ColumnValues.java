package org.fieldbook.sync.internal.json;

import java.io.IOException;
import java.sql.Types;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.jdbc.ColumnMapping;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.Record;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Sets a model feature from the JSON value under the cursor, in the representation the local store reads
 * back: lookups as a stub of the target holding its key, choices as their literals, null as unset.
 * Values are classified as the store classifies them, so what JSON delivers is what Derby can hold.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static void read(ResponseCursor cursor, Record row, ColumnMapping column) throws IOException {
        if (cursor.parser().currentToken() == JsonToken.VALUE_NULL) {
            row.eUnset(column.feature());
        } else if (column.feature() instanceof EReference reference) {
            row.eSet(reference, JdbcValues.reference(reference.getEReferenceType(), cursor.guid(column.dataverseName())));
        } else {
            row.eSet(column.feature(), value(cursor, ((EAttribute) column.feature()).getEAttributeType(), column.dataverseName()));
        }
    }

    private static Object value(ResponseCursor cursor, EDataType type, String column) throws IOException {
        return switch (JdbcValues.sqlType(type)) {
        case Types.INTEGER -> type instanceof EEnum choice ? literal(cursor, choice, column) : cursor.intValue(column);
        case Types.BIGINT -> cursor.longValue(column);
        case Types.DOUBLE -> cursor.doubleValue(column);
        case Types.BOOLEAN -> cursor.booleanValue(column);
        default -> fromText(cursor, type, column);
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
