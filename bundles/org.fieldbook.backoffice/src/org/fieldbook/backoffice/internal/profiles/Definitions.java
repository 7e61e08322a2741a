package org.fieldbook.backoffice.internal.profiles;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

/** Small facts about profile definitions shared by edits, customizations and upgrades. */
final class Definitions {

    private Definitions() {
    }

    /** @return the items by table, in profile order (a profile has one item per table) */
    static Map<String, OfflineProfileItem> byTable(OfflineProfile profile) {
        Map<String, OfflineProfileItem> items = new LinkedHashMap<>();
        profile.getItems().forEach(item -> items.put(item.getTableName(), item));
        return items;
    }

    /** @return the relationships of an item by their text, in item order */
    static Map<String, OfflineProfileRelationship> byText(OfflineProfileItem item) {
        Map<String, OfflineProfileRelationship> relationships = new LinkedHashMap<>();
        item.getRelationships().forEach(relationship -> relationships.put(Relationships.format(relationship), relationship));
        return relationships;
    }

    /** @throws IllegalArgumentException when the profile has no item for the table */
    static OfflineProfileItem item(OfflineProfile profile, String table) {
        return profile.getItems().stream().filter(item -> item.getTableName().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The profile '" + profile.getName() + "' has no item for " + table));
    }

    /** @return whether the two items download the same rows as often */
    static boolean sameSettings(OfflineProfileItem one, OfflineProfileItem other) {
        return one.getDownloadFilter() == other.getDownloadFilter()
                && Objects.equals(one.getCustomFilter(), other.getCustomFilter())
                && one.isRecordsOwnedByMe() == other.isRecordsOwnedByMe() && one.isRecordsOwnedByMyTeam() == other.isRecordsOwnedByMyTeam()
                && one.isRecordsOwnedByMyBusinessUnit() == other.isRecordsOwnedByMyBusinessUnit()
                && one.getSyncIntervalMinutes() == other.getSyncIntervalMinutes();
    }

    /**
     * Gives the profile its key and its items and relationships keys derived from it, so that a definition
     * keeps its keys through edits, publication and upgrades, and a copy gets its own.
     */
    static void assignIds(OfflineProfile profile, String profileId) {
        profile.setId(profileId);
        for (OfflineProfileItem item : profile.getItems()) {
            item.setId(UUID.nameUUIDFromBytes((profileId + "/" + item.getTableName()).getBytes(StandardCharsets.UTF_8)).toString());
            item.getRelationships().forEach(relationship -> relationship.setId(Relationships.id(item.getId(), relationship)));
        }
    }
}
