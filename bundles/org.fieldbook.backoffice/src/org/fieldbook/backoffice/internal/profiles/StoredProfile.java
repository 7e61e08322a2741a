package org.fieldbook.backoffice.internal.profiles;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.model.OfflineProfile;

/**
 * A profile as the back office keeps it. The draft's {@code published} flag says whether devices download
 * exactly the draft; the published definition's is always true.
 *
 * @param managed whether Fieldbook ships it: it receives release upgrades and cannot be deleted
 * @param release the shipped release last applied, 0 for the admin's own profiles
 * @param draft the definition the admin edits
 * @param published the definition devices download, or null when never published
 * @param publishedOn when it was last published, or null
 * @param modifiedOn when it was last changed
 * @param editedTables the items whose filter or interval the admin set in a managed profile: releases leave them alone
 */
public record StoredProfile(boolean managed, int release, OfflineProfile draft, OfflineProfile published, Instant publishedOn,
        Instant modifiedOn, Set<String> editedTables) {

    public String id() {
        return draft.getId();
    }

    public String name() {
        return draft.getName();
    }

    public Optional<OfflineProfile> publishedDefinition() {
        return Optional.ofNullable(published);
    }

    /** @return whether the draft differs from what devices download (or was never published) */
    public boolean hasUnpublishedChanges() {
        return !draft.isPublished();
    }
}
