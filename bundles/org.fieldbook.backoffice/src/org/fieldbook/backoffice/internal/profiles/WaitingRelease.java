package org.fieldbook.backoffice.internal.profiles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;

/**
 * A newer release of the shipped profile, kept apart from the managed profile's draft until the admin takes
 * or refuses each table's update. What an update changes is what {@link ReleaseUpgrade} would merge into the
 * draft for that table, so a table the admin customized offers at most its relationships.
 *
 * @param release the shipped release waiting
 * @param updates the draft's tables against the merge, table by table: only those the release changes and the
 *        admin has not refused ({@code published} is the draft's item, {@code draft} the merged one)
 * @param keptSettings for tables the admin customized, the release's own item where its filter or interval
 *        differs from the admin's: shown, never merged
 */
public record WaitingRelease(int release, List<ProfileComparison.Row> updates, Map<String, OfflineProfileItem> keptSettings) {

    /** @return the update waiting for {@code table} */
    public Optional<ProfileComparison.Row> update(String table) {
        return updates.stream().filter(row -> row.table().equals(table)).findFirst();
    }

    /** @return what {@code shipped} offers the stored profile, less the tables in {@code refused} */
    static WaitingRelease of(int release, StoredProfile stored, OfflineProfile shipped, Set<Customization> customizations,
            Set<String> refused) {
        OfflineProfile merged = ReleaseUpgrade.merge(stored.draft(), shipped, customizations);
        List<ProfileComparison.Row> updates = ProfileComparison.between(stored.draft(), merged).stream()
                .filter(row -> row.change() != ProfileComparison.Change.SAME && !refused.contains(row.table())).toList();
        Map<String, OfflineProfileItem> current = Definitions.byTable(stored.draft());
        Map<String, OfflineProfileItem> kept = new TreeMap<>();
        Definitions.byTable(shipped).forEach((table, item) -> {
            if (stored.editedTables().contains(table) && current.containsKey(table) && !Definitions.sameSettings(current.get(table), item)) {
                kept.put(table, item);
            }
        });
        return new WaitingRelease(release, updates, kept);
    }

    /** Changes {@code draft} in place: the table becomes what the update offers (added, replaced or removed). */
    static void take(OfflineProfile draft, ProfileComparison.Row update) {
        OfflineProfileItem current = Definitions.byTable(draft).get(update.table());
        int at = current == null ? draft.getItems().size() : draft.getItems().indexOf(current);
        if (current != null) {
            draft.getItems().remove(current);
        }
        if (update.draft() != null) {
            draft.getItems().add(at, EcoreUtil.copy(update.draft()));
        }
    }
}
