package org.fieldbook.model.dataverse;

import java.time.Instant;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;

/**
 * The kinds of value a Dataverse column holds, as the model types them; the JSON reader and the store
 * classify values alike through this, so what the Web API delivers is what the store can hold.
 */
public enum ValueKind {
    /** A choice: its option value, a whole number. */
    CHOICE, WHOLE_NUMBER, BIG_INTEGER, DECIMAL, YES_NO, DATE_TIME, TEXT;

    public static ValueKind of(EDataType type) {
        if (type instanceof EEnum) {
            return CHOICE;
        }
        Class<?> javaType = type.getInstanceClass();
        if (javaType == Instant.class) {
            return DATE_TIME;
        } else if (javaType == int.class || javaType == Integer.class) {
            return WHOLE_NUMBER;
        } else if (javaType == long.class || javaType == Long.class) {
            return BIG_INTEGER;
        } else if (javaType == double.class || javaType == Double.class) {
            return DECIMAL;
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            return YES_NO;
        }
        return TEXT;
    }
}
