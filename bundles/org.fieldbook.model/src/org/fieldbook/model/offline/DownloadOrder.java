package org.fieldbook.model.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * The order a profile's tables download in: tables chosen by their own filter first (the booking window),
 * then related-only tables once every table they are related to is in (work orders after bookings, their
 * tasks after them), then the all-records tables. So the technician can open today's bookings and their
 * work orders while reference data still arrives.
 */
public final class DownloadOrder {

    private DownloadOrder() {
    }

    public static List<OfflineProfileItem> of(OfflineProfile profile) {
        Set<String> inProfile = new HashSet<>();
        profile.getItems().forEach(item -> inProfile.add(item.getTableName()));
        LinkedHashSet<OfflineProfileItem> ordered = new LinkedHashSet<>();
        Set<String> done = new HashSet<>();
        profile.getItems().stream().filter(DownloadOrder::filtered).forEach(item -> add(item, ordered, done));
        List<OfflineProfileItem> related = new ArrayList<>(profile.getItems().stream()
                .filter(item -> item.getDownloadFilter() == DownloadFilter.RELATED_ONLY).toList());
        boolean progress = true;
        while (!related.isEmpty() && progress) {
            List<OfflineProfileItem> ready = related.stream().filter(item -> sourcesDone(item, done, inProfile)).toList();
            ready.forEach(item -> add(item, ordered, done));
            related.removeAll(ready);
            progress = !ready.isEmpty();
        }
        related.forEach(item -> add(item, ordered, done)); // a cycle of relationships: take them as listed
        profile.getItems().stream().filter(item -> item.getDownloadFilter() == DownloadFilter.ALL_RECORDS)
                .forEach(item -> add(item, ordered, done));
        return List.copyOf(ordered);
    }

    private static boolean filtered(OfflineProfileItem item) {
        return item.getDownloadFilter() == DownloadFilter.CUSTOM_FILTER || item.getDownloadFilter() == DownloadFilter.OTHER_FILTER;
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

    private static void add(OfflineProfileItem item, Set<OfflineProfileItem> ordered, Set<String> done) {
        ordered.add(item);
        done.add(item.getTableName());
    }
}
