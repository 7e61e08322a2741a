package org.fieldbook.backoffice.internal.profiles;

import java.time.Instant;

import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;

/**
 * A profile as devices download it: the published definition only, never a draft.
 *
 * @param definition the published definition
 * @param publishedOn when it was published
 */
public record PublishedProfile(OfflineProfile definition, Instant publishedOn) {

    /** @return the JSON a device fetches as its profile */
    public String toJson() {
        return ProfileJson.toJson(definition, publishedOn);
    }
}
