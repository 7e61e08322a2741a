package org.fieldbook.backoffice.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbook.model.dataverse.DataverseColumn;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/** The longest text each column holds: Dataverse's maximum, which the model's annotations record. */
final class ColumnLengths {

    /** Derby's longest VARCHAR: longer columns are CLOBs, which SQL can match with LIKE but not compare or sort. */
    static final int LONGEST_VARCHAR = 32_672;

    private static final Map<EStructuralFeature, Integer> MAX_LENGTHS = maxLengths();

    private ColumnLengths() {
    }

    /** @return whether the column is a CLOB */
    static boolean isLongText(EStructuralFeature feature) {
        return MAX_LENGTHS.getOrDefault(feature, 0) > LONGEST_VARCHAR;
    }

    /**
     * @throws ODataApplicationException 400 with Dataverse's code and message when {@code value} is text longer than
     *         the column holds
     */
    static void check(String table, String column, EStructuralFeature feature, Object value) throws ODataApplicationException {
        int max = MAX_LENGTHS.getOrDefault(feature, Integer.MAX_VALUE);
        if (value instanceof String text && text.length() > max) {
            throw new ODataApplicationException("A validation error occurred. The length of the '" + column + "' attribute of the '"
                    + table + "' entity exceeded the maximum allowed length of '" + max + "'.",
                    HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT, "0x80044331");
        }
    }

    private static Map<EStructuralFeature, Integer> maxLengths() {
        Map<EStructuralFeature, Integer> lengths = new HashMap<>();
        for (DataverseTable table : DataverseSchema.fieldbook().tables()) {
            for (DataverseColumn column : table.columns()) {
                if (column.attribute().getEAttributeType().getInstanceClass() == String.class) {
                    lengths.put(column.attribute(), column.maxLength());
                }
            }
        }
        return Map.copyOf(lengths);
    }
}
