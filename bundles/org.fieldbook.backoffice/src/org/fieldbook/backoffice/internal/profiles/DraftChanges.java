package org.fieldbook.backoffice.internal.profiles;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.fieldbook.backoffice.internal.profiles.Customization.Kind;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;

/**
 * What an admin's edit changed in a draft, as customizations to record and ones it cancels (removing a
 * relationship the admin had added leaves no trace; adding back a removed one lifts its removal).
 */
record DraftChanges(Set<Customization> recorded, Set<Customization> withdrawn) {

    static DraftChanges between(OfflineProfile before, OfflineProfile after) {
        DraftChanges changes = new DraftChanges(new LinkedHashSet<>(), new LinkedHashSet<>());
        Map<String, OfflineProfileItem> old = Definitions.byTable(before);
        Map<String, OfflineProfileItem> now = Definitions.byTable(after);
        now.forEach((table, item) -> changes.itemKept(table, old.get(table), item));
        old.keySet().stream().filter(table -> !now.containsKey(table))
                .forEach(table -> changes.change(Customization.item(Kind.ITEM_REMOVED, table), Customization.item(Kind.ITEM_ADDED, table)));
        return changes;
    }

    private void itemKept(String table, OfflineProfileItem before, OfflineProfileItem after) {
        Set<String> oldRelationships = before == null ? Set.of() : Definitions.byText(before).keySet();
        Set<String> newRelationships = Definitions.byText(after).keySet();
        if (before == null) {
            change(Customization.item(Kind.ITEM_ADDED, table), Customization.item(Kind.ITEM_REMOVED, table));
        } else if (!Definitions.sameSettings(before, after)) {
            recorded.add(Customization.item(Kind.ITEM_EDITED, table));
        }
        newRelationships.stream().filter(text -> !oldRelationships.contains(text))
                .forEach(text -> change(relationship(Kind.RELATIONSHIP_ADDED, table, text), relationship(Kind.RELATIONSHIP_REMOVED, table, text)));
        oldRelationships.stream().filter(text -> !newRelationships.contains(text))
                .forEach(text -> change(relationship(Kind.RELATIONSHIP_REMOVED, table, text), relationship(Kind.RELATIONSHIP_ADDED, table, text)));
    }

    private void change(Customization record, Customization withdraw) {
        recorded.add(record);
        withdrawn.add(withdraw);
    }

    private static Customization relationship(Kind kind, String table, String text) {
        return new Customization(kind, table, text);
    }
}
