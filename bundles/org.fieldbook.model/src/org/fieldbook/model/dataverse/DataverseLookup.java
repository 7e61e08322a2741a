package org.fieldbook.model.dataverse;

import org.eclipse.emf.ecore.EReference;

/**
 * A model reference to a row of another table.
 *
 * @param reference the model reference
 * @param column the read-only lookup column holding the target's key (e.g. {@code _msdyn_workorder_value})
 * @param navigation the navigation property used to set it with {@code @odata.bind} (e.g. {@code msdyn_workorder})
 */
public record DataverseLookup(EReference reference, String column, String navigation) {
}
