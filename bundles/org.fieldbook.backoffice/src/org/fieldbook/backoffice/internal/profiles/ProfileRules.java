package org.fieldbook.backoffice.internal.profiles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * What makes a profile definition valid, checked against the model's Dataverse schema so that a profile
 * can only name tables and lookups the devices know. Every failure is an {@link IllegalArgumentException}
 * whose message names the table and field.
 */
final class ProfileRules {

    static final int MIN_SYNC_INTERVAL = 5;
    static final int MAX_SYNC_INTERVAL = 1440;
    static final int MAX_NAME = 400;

    /**
     * Tables that configure devices or report on them rather than hold field-service rows: no profile downloads
     * them.
     */
    private static final Set<EClass> CONFIGURATION = Set.of(FieldbookPackage.Literals.OFFLINE_PROFILE,
            FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM, FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP,
            FieldbookPackage.Literals.ORGANIZATION_SETTINGS, FieldbookPackage.Literals.SYNC_SUMMARY);

    private final List<DataverseTable> tables = DataverseSchema.fieldbook().tables().stream()
            .filter(table -> !CONFIGURATION.contains(table.eClass()))
            .toList();

    /** @return the tables a profile may name, in the model's order */
    List<DataverseTable> tables() {
        return tables;
    }

    /** @throws IllegalArgumentException unless the whole definition is valid */
    void check(OfflineProfile profile) {
        requireName(profile.getName());
        Set<String> seen = new HashSet<>();
        for (OfflineProfileItem item : profile.getItems()) {
            checkItem(item);
            if (!seen.add(item.getTableName())) {
                throw new IllegalArgumentException("The profile lists the table " + item.getTableName() + " twice");
            }
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The profile name is empty");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("The profile name is longer than " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private void checkItem(OfflineProfileItem item) {
        table(item.getTableName());
        int interval = item.getSyncIntervalMinutes();
        if (interval < MIN_SYNC_INTERVAL || interval > MAX_SYNC_INTERVAL) {
            throw new IllegalArgumentException("The sync interval of " + item.getTableName() + " must be from "
                    + MIN_SYNC_INTERVAL + " to " + MAX_SYNC_INTERVAL + " minutes, but is " + interval);
        }
        checkFilter(item);
        Set<String> seen = new HashSet<>();
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            checkRelationship(item.getTableName(), relationship);
            if (!seen.add(Relationships.format(relationship))) {
                throw new IllegalArgumentException(item.getTableName() + " lists the relationship "
                        + Relationships.format(relationship) + " twice");
            }
        }
    }

    /**
     * A custom data filter has its {@code $filter}; an Other data filter takes rows by owner, by its own {@code $filter}
     * (rows changed in the last days, say) or both; the other download filters have neither.
     */
    private void checkFilter(OfflineProfileItem item) {
        DownloadFilter filter = item.getDownloadFilter();
        boolean hasFilter = item.getCustomFilter() != null && !item.getCustomFilter().isBlank();
        boolean byOwner = item.isRecordsOwnedByMe() || item.isRecordsOwnedByMyTeam() || item.isRecordsOwnedByMyBusinessUnit();
        if (filter == DownloadFilter.CUSTOM_FILTER && !hasFilter) {
            throw new IllegalArgumentException("The custom data filter of " + item.getTableName() + " is empty");
        }
        if (filter == DownloadFilter.OTHER_FILTER && !hasFilter && !byOwner) {
            throw new IllegalArgumentException("The other data filter of " + item.getTableName()
                    + " takes no rows: choose whose rows (mine, my teams', my business unit's) or rows changed in the last days");
        }
        if (filter != DownloadFilter.CUSTOM_FILTER && filter != DownloadFilter.OTHER_FILTER && item.getCustomFilter() != null) {
            throw new IllegalArgumentException("Only a custom or other data filter has a $filter, but " + item.getTableName()
                    + " downloads " + filter.getLiteral());
        }
        if (byOwner && filter != DownloadFilter.OTHER_FILTER) {
            throw new IllegalArgumentException("Only an other data filter takes rows by owner, but " + item.getTableName()
                    + " downloads " + filter.getLiteral());
        }
        if (byOwner && !table(item.getTableName()).hasOwners()) {
            throw new IllegalArgumentException(item.getTableName() + " records no owner, so its rows cannot be taken by owner");
        }
    }

    /**
     * A relationship is valid when its lookup is one of the from-table's, points at the to-table, and the
     * item's table is one of its ends (the rows it brings in, or the rows that point at them).
     */
    private void checkRelationship(String itemTable, OfflineProfileRelationship relationship) {
        String text = Relationships.format(relationship);
        DataverseTable from = table(relationship.getFromTable());
        DataverseTable to = table(relationship.getToTable());
        DataverseLookup lookup = from.lookups().stream()
                .filter(candidate -> candidate.column().equals(relationship.getLookupColumn()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The relationship " + text + ": " + from.logicalName()
                        + " has no lookup " + relationship.getLookupColumn() + "; its lookups are "
                        + from.lookups().stream().map(DataverseLookup::column).collect(Collectors.joining(", "))));
        if (lookup.reference().getEReferenceType() != to.eClass()) {
            throw new IllegalArgumentException("The relationship " + text + ": " + relationship.getLookupColumn()
                    + " points at " + lookup.reference().getEReferenceType().getName() + " rows, not at " + to.logicalName());
        }
        if (!itemTable.equals(from.logicalName()) && !itemTable.equals(to.logicalName())) {
            throw new IllegalArgumentException("The relationship " + text + " does not involve " + itemTable
                    + ", the table of the item it was given to");
        }
    }

    /** @throws IllegalArgumentException for a name that is not a field-service table of the model */
    DataverseTable table(String logicalName) {
        return tables.stream().filter(table -> table.logicalName().equals(logicalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table '" + logicalName + "' can be taken offline; the tables are "
                        + tables.stream().map(DataverseTable::logicalName).collect(Collectors.joining(", "))));
    }
}
