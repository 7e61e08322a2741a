package org.fieldbook.model.dataverse;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A field of a row as the Web API names it: an attribute's column ({@code msdyn_name}) or a lookup's value
 * column ({@code _msdyn_workorder_value}).
 *
 * @param feature the model feature that holds it
 * @param name its name in the Web API's rows
 */
public record DataverseField(EStructuralFeature feature, String name) {

    public boolean isLookup() {
        return feature instanceof EReference;
    }
}
