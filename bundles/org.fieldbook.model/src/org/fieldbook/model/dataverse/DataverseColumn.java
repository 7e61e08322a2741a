package org.fieldbook.model.dataverse;

import org.eclipse.emf.ecore.EAttribute;

/**
 * A model attribute and the Dataverse column it is read from and written to.
 *
 * @param attribute the model attribute
 * @param name the column's logical name (e.g. {@code msdyn_name})
 */
public record DataverseColumn(EAttribute attribute, String name) {
}
