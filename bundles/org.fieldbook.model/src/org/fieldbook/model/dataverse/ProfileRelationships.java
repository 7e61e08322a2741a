package org.fieldbook.model.dataverse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * A profile's relationship as Dataverse's {@code mobileofflineprofileitemassociations} name it in
 * {@code relationshipname}: {@code <to table>_<from table>_<lookup>}, the way Dataverse composes a one-to-many
 * relationship's schema name (e.g. {@code msdyn_workorder_bookableresourcebooking_msdyn_workorder}). The
 * name alone says which lookup of which table it follows; {@link #resolve} finds it again in the schema.
 */
public final class ProfileRelationships {

    private ProfileRelationships() {
    }

    /** @return the relationship's name in {@code relationshipname} */
    public static String name(OfflineProfileRelationship relationship) {
        return name(relationship.getToTable(), relationship.getFromTable(), relationship.getLookupColumn());
    }

    private static String name(String toTable, String fromTable, String lookupColumn) {
        return toTable + "_" + fromTable + "_" + bare(lookupColumn);
    }

    /**
     * @return the relationship of that name between two of the schema's tables, through a lookup column of the
     *         "from" table; empty when no such relationship, or more than one, has the name
     */
    public static Optional<OfflineProfileRelationship> resolve(String name, DataverseSchema schema) {
        List<OfflineProfileRelationship> matches = new ArrayList<>();
        for (DataverseTable from : schema.tables()) {
            for (String column : lookupColumns(from)) {
                for (DataverseTable to : schema.tables()) {
                    if (name.equals(name(to.logicalName(), from.logicalName(), column))) {
                        OfflineProfileRelationship relationship = FieldbookFactory.eINSTANCE.createOfflineProfileRelationship();
                        relationship.setFromTable(from.logicalName());
                        relationship.setLookupColumn(column);
                        relationship.setToTable(to.logicalName());
                        matches.add(relationship);
                    }
                }
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Lookups proper and the {@code _x_value} columns that hold another row's key. */
    private static List<String> lookupColumns(DataverseTable table) {
        List<String> columns = new ArrayList<>();
        table.lookups().forEach(lookup -> columns.add(lookup.column()));
        table.columns().stream().map(DataverseColumn::name).filter(DataverseColumn::isLookupName).forEach(columns::add);
        return columns;
    }

    /** {@code _msdyn_workorder_value} → {@code msdyn_workorder}; other names stay as they are. */
    private static String bare(String lookupColumn) {
        return DataverseColumn.isLookupName(lookupColumn) ? lookupColumn.substring(1, lookupColumn.length() - "_value".length()) : lookupColumn;
    }
}
