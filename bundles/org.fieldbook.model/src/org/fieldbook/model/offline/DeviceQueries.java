package org.fieldbook.model.offline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FetchXml;

/**
 * Which rows of a profile's table belong on a device, as the {@code $filter}s of the Web API queries that
 * select them, asked as the device's user (so the server's row access applies too). The device downloads by
 * them; the back office's preview counts by them, so both follow one rule. Tables are taken in
 * {@link DownloadOrder}, and a related-only table follows its relationships from the rows already taken.
 */
public final class DeviceQueries {

    /** Keys per {@code or} filter: short enough for any server's URL limit. */
    public static final int KEYS_PER_QUERY = 50;

    /** The rows a device holds so far, by table logical name; a table the device does not keep holds none. */
    public interface Held {

        /** @return the values in {@code lookupColumn} of the rows of {@code table} held */
        Set<String> referencedKeys(String table, String lookupColumn);

        /** @return the keys of the rows of {@code table} held */
        Set<String> keys(String table);

        /** @return what a new device holds: nothing */
        static Held nothing() {
            return new Held() {
                @Override
                public Set<String> referencedKeys(String table, String lookupColumn) {
                    return Set.of();
                }

                @Override
                public Set<String> keys(String table) {
                    return Set.of();
                }
            };
        }
    }

    private DeviceQueries() {
    }

    /**
     * @param table the item's table
     * @param caller whom {@code eq-userid} and {@code eq-useroreuserteams} in a FetchXML filter stand for, and whose rows an
     *        Other data filter takes
     * @param clock the device's clock and time zone, in which relative dates are evaluated
     * @return filters whose matching rows, together, belong on the device; a null filter means all rows the user
     *         reaches, an empty list none
     * @throws IllegalArgumentException for a custom filter the device cannot evaluate, or none at all
     */
    public static List<String> filters(OfflineProfileItem item, DataverseTable table, FetchXml.Caller caller, Held held, Clock clock) {
        if (item.getDownloadFilter() == DownloadFilter.ALL_RECORDS) {
            return Collections.singletonList(null);
        }
        if (item.getDownloadFilter() == DownloadFilter.RELATED_ONLY) {
            return related(item, table.keyColumn(), held);
        }
        if (item.getDownloadFilter() == DownloadFilter.OTHER_FILTER) {
            return OtherDataFilter.of(item, table, caller, ownFilter(item, table, caller))
                    .map(filter -> List.of(RelativeDates.resolve(filter, clock))).orElse(List.of());
        }
        String custom = ownFilter(item, table, caller).orElseThrow(() -> new IllegalArgumentException(
                "The custom data filter of " + item.getTableName() + (isBlank(item.getCustomFilter()) ? " is missing" : " has no condition")));
        return Collections.singletonList(RelativeDates.resolve(custom, clock));
    }

    /** @return the item's own filter as a {@code $filter}: as Dataverse serves it, FetchXML; as the back office stores it, already one */
    private static Optional<String> ownFilter(OfflineProfileItem item, DataverseTable table, FetchXml.Caller caller) {
        String filter = item.getCustomFilter();
        if (isBlank(filter)) {
            return Optional.empty();
        }
        return FetchXml.isFetchXml(filter) ? FetchXml.toODataFilter(filter, table, caller) : Optional.of(filter);
    }

    private static boolean isBlank(String filter) {
        return filter == null || filter.isBlank();
    }

    /**
     * Rows other tables point at, and rows pointing at rows of other tables, by each relationship; keys that
     * several relationships give (two tables pointing at the same incident type) are asked for once.
     */
    private static List<String> related(OfflineProfileItem item, String keyColumn, Held held) {
        Map<String, SortedSet<String>> keysByColumn = new LinkedHashMap<>();
        for (OfflineProfileRelationship relationship : item.getRelationships()) {
            if (relationship.getToTable().equals(item.getTableName())) {
                keysByColumn.computeIfAbsent(keyColumn, any -> new TreeSet<>())
                        .addAll(held.referencedKeys(relationship.getFromTable(), relationship.getLookupColumn()));
            } else if (relationship.getFromTable().equals(item.getTableName())) {
                keysByColumn.computeIfAbsent(relationship.getLookupColumn(), any -> new TreeSet<>())
                        .addAll(held.keys(relationship.getToTable()));
            }
        }
        List<String> filters = new ArrayList<>();
        keysByColumn.forEach((column, keys) -> chunks(List.copyOf(keys)).forEach(chunk -> filters.add(anyOf(column, chunk))));
        return filters;
    }

    /** @return {@code column eq k1 or column eq k2 …}: GUIDs are OData literals without quotes */
    public static String anyOf(String column, List<String> keys) {
        return String.join(" or ", keys.stream().map(key -> column + " eq " + key).toList());
    }

    /** @return the list in pieces of {@value #KEYS_PER_QUERY} */
    public static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += KEYS_PER_QUERY) {
            chunks.add(all.subList(i, Math.min(all.size(), i + KEYS_PER_QUERY)));
        }
        return chunks;
    }
}
