package org.fieldbook.model.dataverse;

import org.eclipse.emf.ecore.EAttribute;

/**
 * A model attribute and the Dataverse column it is read from and written to.
 *
 * @param attribute the model attribute
 * @param name the column's logical name (e.g. {@code msdyn_name})
 * @param maxLength for text, the longest value the column holds
 */
public record DataverseColumn(EAttribute attribute, String name, int maxLength) {

    /** Dataverse's default for a single line of text. */
    public static final int DEFAULT_TEXT_LENGTH = 400;

    /**
     * @return whether a column of that name holds another row's key, as Dataverse names lookups
     *         ({@code _x_value}): such a column is a GUID in the Web API whatever the model keeps it as
     */
    public static boolean isLookupName(String name) {
        return name.startsWith("_") && name.endsWith("_value");
    }
}
