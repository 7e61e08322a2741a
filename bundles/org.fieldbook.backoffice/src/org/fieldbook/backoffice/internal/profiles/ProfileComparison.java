package org.fieldbook.backoffice.internal.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;

/**
 * A draft against the published definition, table by table, as an admin checks it before publishing: which
 * tables are added, removed or changed, and which relationships come and go. Settings are compared as
 * {@link DraftChanges} compares them, so "changed" here means what a managed profile records as the admin's.
 */
public final class ProfileComparison {

    /** What publishing does to a table. */
    public enum Change {
        ADDED, REMOVED, CHANGED, SAME
    }

    /**
     * One table on both sides.
     *
     * @param published the item devices download now, or null
     * @param draft the item in the draft, or null
     * @param relationshipsAdded relationships only the draft has, as text
     * @param relationshipsRemoved relationships only the published item has, as text
     */
    public record Row(String table, Change change, OfflineProfileItem published, OfflineProfileItem draft,
            List<String> relationshipsAdded, List<String> relationshipsRemoved) {
    }

    private ProfileComparison() {
    }

    /** @param published the published definition, or null when never published (every table is then added) */
    public static List<Row> between(OfflineProfile published, OfflineProfile draft) {
        Map<String, OfflineProfileItem> before = published == null ? Map.of() : Definitions.byTable(published);
        Map<String, OfflineProfileItem> after = Definitions.byTable(draft);
        List<Row> rows = new ArrayList<>();
        after.forEach((table, item) -> rows.add(row(table, before.get(table), item)));
        before.forEach((table, item) -> {
            if (!after.containsKey(table)) {
                rows.add(row(table, item, null));
            }
        });
        return rows;
    }

    private static Row row(String table, OfflineProfileItem published, OfflineProfileItem draft) {
        Set<String> old = published == null ? Set.of() : Definitions.byText(published).keySet();
        Set<String> now = draft == null ? Set.of() : Definitions.byText(draft).keySet();
        List<String> added = now.stream().filter(text -> !old.contains(text)).toList();
        List<String> removed = old.stream().filter(text -> !now.contains(text)).toList();
        Change change;
        if (published == null) {
            change = Change.ADDED;
        } else if (draft == null) {
            change = Change.REMOVED;
        } else {
            change = Definitions.sameSettings(published, draft) && added.isEmpty() && removed.isEmpty() ? Change.SAME : Change.CHANGED;
        }
        return new Row(table, change, published, draft, added, removed);
    }
}
