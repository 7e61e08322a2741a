package org.fieldbook.model.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * The order a profile's tables download in, so that the technician can open today's bookings and their work
 * orders while the rest still arrives:
 * <ol>
 * <li>all-records tables the filtered tables look up (booking statuses, which name and colour every booking
 * of the agenda): small reference tables, first;</li>
 * <li>tables chosen by their own filter (the booking window);</li>
 * <li>related-only tables once every table they are related to is in (work orders after bookings, their
 * tasks after them);</li>
 * <li>the other all-records tables (the product catalogue).</li>
 * </ol>
 */
public final class DownloadOrder {

    private DownloadOrder() {
    }

    public static List<OfflineProfileItem> of(OfflineProfile profile, DataverseSchema schema) {
        Set<String> lookedUp = lookedUpByFilteredTables(profile, schema);
        LinkedHashSet<OfflineProfileItem> ordered = new LinkedHashSet<>();
        Set<String> done = new HashSet<>();
        add(profile, item -> isAllRecords(item) && lookedUp.contains(item.getTableName()), ordered, done);
        add(profile, DownloadOrder::isFiltered, ordered, done);
        addRelated(profile, ordered, done);
        add(profile, DownloadOrder::isAllRecords, ordered, done);
        return List.copyOf(ordered);
    }

    public static boolean isFiltered(OfflineProfileItem item) {
        return item.getDownloadFilter() == DownloadFilter.CUSTOM_FILTER || item.getDownloadFilter() == DownloadFilter.OTHER_FILTER;
    }

    public static boolean isRelatedOnly(OfflineProfileItem item) {
        return item.getDownloadFilter() == DownloadFilter.RELATED_ONLY;
    }

    private static boolean isAllRecords(OfflineProfileItem item) {
        return item.getDownloadFilter() == DownloadFilter.ALL_RECORDS;
    }

    /** @return the tables the lookups of the profile's filtered tables point at */
    private static Set<String> lookedUpByFilteredTables(OfflineProfile profile, DataverseSchema schema) {
        Set<String> targets = new HashSet<>();
        profile.getItems().stream().filter(DownloadOrder::isFiltered)
                .flatMap(item -> schema.byLogicalName(item.getTableName()).stream())
                .flatMap(table -> table.lookups().stream())
                .forEach(lookup -> schema.byClass(lookup.reference().getEReferenceType()).map(DataverseTable::logicalName)
                        .ifPresent(targets::add));
        return targets;
    }

    private static void addRelated(OfflineProfile profile, Set<OfflineProfileItem> ordered, Set<String> done) {
        Set<String> inProfile = new HashSet<>();
        profile.getItems().forEach(item -> inProfile.add(item.getTableName()));
        List<OfflineProfileItem> related = new ArrayList<>(profile.getItems().stream().filter(DownloadOrder::isRelatedOnly).toList());
        boolean progress = true;
        while (!related.isEmpty() && progress) {
            List<OfflineProfileItem> ready = related.stream().filter(item -> sourcesDone(item, done, inProfile)).toList();
            ready.forEach(item -> add(item, ordered, done));
            related.removeAll(ready);
            progress = !ready.isEmpty();
        }
        related.forEach(item -> add(item, ordered, done)); // a cycle of relationships: take them as listed
    }

    /** @return whether every other table the item is related to (and the profile holds) is downloaded */
    private static boolean sourcesDone(OfflineProfileItem item, Set<String> done, Set<String> inProfile) {
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            String other = item.getTableName().equals(relationship.getToTable()) ? relationship.getFromTable()
                    : relationship.getToTable();
            if (inProfile.contains(other) && !done.contains(other) && !other.equals(item.getTableName())) {
                return false;
            }
        }
        return true;
    }

    private static void add(OfflineProfile profile, Predicate<OfflineProfileItem> which, Set<OfflineProfileItem> ordered,
            Set<String> done) {
        profile.getItems().stream().filter(which).forEach(item -> add(item, ordered, done));
    }

    private static void add(OfflineProfileItem item, Set<OfflineProfileItem> ordered, Set<String> done) {
        ordered.add(item);
        done.add(item.getTableName());
    }
}
