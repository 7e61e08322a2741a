package org.fieldbook.backoffice.internal.admin;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.profiles.PublishedProfile;

/**
 * {@code GET me}: the signed-in user, with the bookable resource a technician's bookings name;
 * {@code GET me/profile}: the published offline profile the user's device follows, in one request.
 */
final class MeResource implements ApiResource {

    private final BackOfficeDatabase database;
    private final ProfileAssignments assignments;

    MeResource(BackOfficeDatabase database, ProfileAssignments assignments) {
        this.database = database;
        this.assignments = assignments;
    }

    @Override
    public boolean serves(ApiRequest request) {
        return request.is("GET", "me") || request.is("GET", "me", "profile");
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Principal user = request.user();
        if (request.is("GET", "me", "profile")) {
            return ApiResponse.ok(assignments.publishedProfileFor(user.userName()).map(PublishedProfile::toJson)
                    .orElseThrow(() -> ApiException.notFound("No published offline profile is assigned to " + user.userName()
                            + ": an administrator must publish one.")));
        }
        String resource = database.resourceOf(user.systemUserId()).orElse(null);
        return ApiResponse.ok(json -> {
            UsersResource.writeFields(json, user);
            json.writeStringField("bookableresourceid", resource);
        });
    }
}
