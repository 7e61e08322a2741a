package org.fieldbook.sync.internal.download;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * The tables a scheduled cycle downloads: those due, and every table related to them through the profile's
 * relationships, both ways, so that related data stays consistent — work orders sync with the bookings that
 * choose them, and a new booking's work order arrives with it.
 */
final class DueTables {

    private DueTables() {
    }

    static Set<String> of(OfflineProfile profile, Predicate<String> due) {
        Set<String> tables = new HashSet<>();
        profile.getItems().stream().map(OfflineProfileItem::getTableName).filter(due).forEach(tables::add);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OfflineProfileItem item : profile.getItems()) {
                if (item.getDownloadFilter() == DownloadFilter.RELATED_ONLY && !tables.contains(item.getTableName())
                        && relatedToAny(item, tables)) {
                    tables.add(item.getTableName());
                    grew = true;
                }
            }
            grew |= addSourcesOfRelated(profile, tables);
        }
        return tables;
    }

    /** Adds the tables that related-only tables in the set depend on. */
    private static boolean addSourcesOfRelated(OfflineProfile profile, Set<String> tables) {
        boolean grew = false;
        for (OfflineProfileItem item : profile.getItems()) {
            if (item.getDownloadFilter() == DownloadFilter.RELATED_ONLY && tables.contains(item.getTableName())) {
                for (OfflineProfileRelationship relationship : item.getRelationships()) {
                    grew |= tables.add(other(item, relationship));
                }
            }
        }
        return grew;
    }

    private static boolean relatedToAny(OfflineProfileItem item, Set<String> tables) {
        return item.getRelationships().stream().anyMatch(relationship -> tables.contains(other(item, relationship)));
    }

    private static String other(OfflineProfileItem item, OfflineProfileRelationship relationship) {
        return item.getTableName().equals(relationship.getToTable()) ? relationship.getFromTable() : relationship.getToTable();
    }
}
