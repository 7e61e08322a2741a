package org.fieldbook.model.dataverse;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.Record;

/** A field's value as the Web API writes it, for the outbox and conflicts: lookups as keys, choices as numbers. */
public final class FieldText {

    private FieldText() {
    }

    public static String of(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        } else if (feature instanceof EReference) {
            return ((Record) value).getId();
        } else if (value instanceof Enumerator choice) {
            return String.valueOf(choice.getValue());
        }
        return EcoreUtil.convertToString((EDataType) feature.getEType(), value);
    }

    /**
     * The inverse of {@link #of(EStructuralFeature, Object)}: a lookup's key becomes a stub of the target
     * record holding only that key, a choice's number its literal.
     *
     * @throws IllegalArgumentException for text the feature cannot hold
     */
    public static Object parse(EStructuralFeature feature, String text) {
        if (text == null) {
            return null;
        }
        if (feature instanceof EReference reference) {
            return reference(reference.getEReferenceType(), text);
        }
        if (feature.getEType() instanceof EEnum choice) {
            EEnumLiteral literal = choice.getEEnumLiteral(Integer.parseInt(text));
            if (literal == null) {
                throw new IllegalArgumentException(text + " is no choice of " + feature.getName());
            }
            return literal.getInstance();
        }
        return EcoreUtil.createFromString((EDataType) feature.getEType(), text);
    }

    public static String of(Record record, DataverseField field) {
        return of(field.feature(), record.eGet(field.feature()));
    }

    /** A stand-in for a referenced row: only its key is set, so it can be written back or looked up. */
    public static Record reference(EClass type, String id) {
        Record record = (Record) EcoreUtil.create(type);
        record.setId(id);
        return record;
    }

    /** @return the Web API's weak ETag for a server version, or null for a row the server has not seen */
    public static String etag(long versionNumber) {
        return versionNumber > 0 ? "W/\"" + versionNumber + "\"" : null;
    }
}
