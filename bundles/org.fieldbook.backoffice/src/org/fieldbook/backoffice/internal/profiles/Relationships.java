package org.fieldbook.backoffice.internal.profiles;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * Profile relationships written as text, {@code fromtable._lookup_value->totable} (rows of the first table
 * point with the lookup at rows of the last), which is how admins name them and how customizations
 * remember them.
 */
public final class Relationships {

    private static final Pattern TEXT = Pattern.compile("\\s*([a-z][a-z0-9_]*)\\.(_[a-z0-9_]+_value)\\s*->\\s*([a-z][a-z0-9_]*)\\s*");

    private Relationships() {
    }

    public static OfflineProfileRelationship of(String fromTable, String lookupColumn, String toTable) {
        OfflineProfileRelationship relationship = FieldbookFactory.eINSTANCE.createOfflineProfileRelationship();
        relationship.setFromTable(fromTable);
        relationship.setLookupColumn(lookupColumn);
        relationship.setToTable(toTable);
        return relationship;
    }

    /** @throws IllegalArgumentException when {@code text} is not {@code fromtable._lookup_value->totable} */
    public static OfflineProfileRelationship parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("The relationship '" + text
                    + "' cannot be read: write it as fromtable._lookup_value->totable,"
                    + " e.g. msdyn_workorder._msdyn_serviceaccount_value->account");
        }
        return of(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** @return the relationship as text, its identity within an item */
    public static String format(OfflineProfileRelationship relationship) {
        return relationship.getFromTable() + "." + relationship.getLookupColumn() + "->" + relationship.getToTable();
    }

    /** @return the same key for the same relationship of the same item, whoever stores it */
    static String id(String itemId, OfflineProfileRelationship relationship) {
        return UUID.nameUUIDFromBytes((itemId + "/" + format(relationship)).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
