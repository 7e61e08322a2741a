package org.fieldbook.backoffice.internal.profiles;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.internal.profiles.Customization.Kind;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;

/**
 * Merges a new release of the shipped profile into the admin's draft of it, honouring what the admin
 * changed:
 * <ul>
 * <li>an item whose filter or interval the admin set keeps them; other items take the release's;</li>
 * <li>an item's relationships become the release's, less those the admin removed, plus those the admin
 * added;</li>
 * <li>items new in the release are added, unless the admin removed them before;</li>
 * <li>items the release no longer lists are dropped, unless the admin added or edited them.</li>
 * </ul>
 * Name and description stay the admin's. The result is a draft: devices keep the published profile until
 * the admin publishes.
 */
final class ReleaseUpgrade {

    private final Set<Customization> customizations;

    private ReleaseUpgrade(Set<Customization> customizations) {
        this.customizations = customizations;
    }

    /** @return the new draft; {@code draft} and {@code release} are left unchanged */
    static OfflineProfile merge(OfflineProfile draft, OfflineProfile release, Set<Customization> customizations) {
        return new ReleaseUpgrade(customizations).merge(draft, release);
    }

    private OfflineProfile merge(OfflineProfile draft, OfflineProfile release) {
        OfflineProfile merged = EcoreUtil.copy(draft);
        merged.getItems().clear();
        Map<String, OfflineProfileItem> current = Definitions.byTable(draft);
        for (OfflineProfileItem shipped : release.getItems()) {
            String table = shipped.getTableName();
            if (!has(Kind.ITEM_REMOVED, table)) {
                merged.getItems().add(upgraded(shipped, current.get(table)));
            }
        }
        Map<String, OfflineProfileItem> inRelease = Definitions.byTable(release);
        current.forEach((table, item) -> {
            if (!inRelease.containsKey(table) && (has(Kind.ITEM_ADDED, table) || has(Kind.ITEM_EDITED, table))) {
                merged.getItems().add(EcoreUtil.copy(item));
            }
        });
        return merged;
    }

    private OfflineProfileItem upgraded(OfflineProfileItem shipped, OfflineProfileItem current) {
        String table = shipped.getTableName();
        boolean keepSettings = current != null && has(Kind.ITEM_EDITED, table);
        OfflineProfileItem item = EcoreUtil.copy(keepSettings ? current : shipped);
        item.getRelationships().clear();
        Definitions.byText(shipped).forEach((text, relationship) -> {
            if (!customizations.contains(new Customization(Kind.RELATIONSHIP_REMOVED, table, text))) {
                item.getRelationships().add(EcoreUtil.copy(relationship));
            }
        });
        Set<String> listed = Definitions.byText(item).keySet();
        customizations.stream()
                .filter(customization -> customization.kind() == Kind.RELATIONSHIP_ADDED && customization.table().equals(table))
                .filter(customization -> !listed.contains(customization.relationship()))
                .forEach(customization -> item.getRelationships().add(Relationships.parse(customization.relationship())));
        return item;
    }

    private boolean has(Kind kind, String table) {
        return customizations.contains(Customization.item(kind, table));
    }
}
