package org.fieldbook.backoffice.internal.profiles;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * One change an admin makes to a profile's draft. {@link OfflineProfiles#edit} applies it to a copy of the
 * draft and checks the result, so an edit only says what changes.
 */
@FunctionalInterface
public interface DraftEdit {

    /**
     * Changes {@code draft} in place.
     *
     * @throws IllegalArgumentException when the change does not fit the draft, e.g. an item that is not there
     */
    void apply(OfflineProfile draft);

    /**
     * @param customFilter the OData {@code $filter} of a custom data filter, or an other data filter's own (rows changed in
     *        the last days), null for the other filters; a filter other than the other data filter takes no rows by owner
     */
    static DraftEdit setFilter(String table, DownloadFilter filter, String customFilter) {
        return draft -> {
            OfflineProfileItem item = Definitions.item(draft, table);
            item.setDownloadFilter(filter);
            item.setCustomFilter(customFilter);
            if (filter != DownloadFilter.OTHER_FILTER) {
                setOwners(table, false, false, false).apply(draft);
            }
        };
    }

    /** Whose rows an other data filter takes: the user's ({@code recordsownedbyme}), their teams', their business unit's. */
    static DraftEdit setOwners(String table, boolean mine, boolean myTeams, boolean myBusinessUnit) {
        return draft -> {
            OfflineProfileItem item = Definitions.item(draft, table);
            item.setRecordsOwnedByMe(mine);
            item.setRecordsOwnedByMyTeam(myTeams);
            item.setRecordsOwnedByMyBusinessUnit(myBusinessUnit);
        };
    }

    static DraftEdit setSyncInterval(String table, int minutes) {
        return draft -> Definitions.item(draft, table).setSyncIntervalMinutes(minutes);
    }

    /** Adds an item without relationships; a related-only item needs them added next. */
    static DraftEdit addItem(String table, DownloadFilter filter, String customFilter, int minutes) {
        return draft -> {
            if (Definitions.byTable(draft).containsKey(table)) {
                throw new IllegalArgumentException("The profile '" + draft.getName() + "' already has an item for " + table);
            }
            OfflineProfileItem item = FieldbookFactory.eINSTANCE.createOfflineProfileItem();
            item.setTableName(table);
            item.setDownloadFilter(filter);
            item.setCustomFilter(customFilter);
            item.setSyncIntervalMinutes(minutes);
            draft.getItems().add(item);
        };
    }

    static DraftEdit removeItem(String table) {
        return draft -> draft.getItems().remove(Definitions.item(draft, table));
    }

    /** @param relationship written {@code fromtable._lookup_value->totable} */
    static DraftEdit addRelationship(String table, String relationship) {
        OfflineProfileRelationship added = Relationships.parse(relationship);
        return draft -> {
            OfflineProfileItem item = Definitions.item(draft, table);
            if (Definitions.byText(item).containsKey(Relationships.format(added))) {
                throw new IllegalArgumentException(table + " already has the relationship " + Relationships.format(added));
            }
            item.getRelationships().add(EcoreUtil.copy(added));
        };
    }

    /** @param relationship written {@code fromtable._lookup_value->totable} */
    static DraftEdit removeRelationship(String table, String relationship) {
        String text = Relationships.format(Relationships.parse(relationship));
        return draft -> {
            OfflineProfileItem item = Definitions.item(draft, table);
            OfflineProfileRelationship removed = Definitions.byText(item).get(text);
            if (removed == null) {
                throw new IllegalArgumentException(table + " has no relationship " + text);
            }
            item.getRelationships().remove(removed);
        };
    }

    static DraftEdit describe(String name, String description) {
        return draft -> {
            draft.setName(ProfileRules.requireName(name));
            draft.setDescription(description);
        };
    }

    /** Replaces the whole definition, e.g. with an admin's edited JSON; the profile keeps its key. */
    static DraftEdit replaceWith(OfflineProfile definition) {
        return draft -> {
            draft.setName(definition.getName());
            draft.setDescription(definition.getDescription());
            draft.getItems().clear();
            draft.getItems().addAll(EcoreUtil.copyAll(definition.getItems()));
        };
    }
}
