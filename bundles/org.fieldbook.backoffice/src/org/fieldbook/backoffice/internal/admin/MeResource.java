package org.fieldbook.backoffice.internal.admin;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.auth.Principal;

/** {@code GET me}: the signed-in user, with the bookable resource a technician's bookings name. */
final class MeResource implements ApiResource {

    private final BackOfficeDatabase database;

    MeResource(BackOfficeDatabase database) {
        this.database = database;
    }

    @Override
    public boolean serves(ApiRequest request) {
        return request.is("GET", "me");
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Principal user = request.user();
        String resource = database.resourceOf(user.systemUserId()).orElse(null);
        return ApiResponse.ok(json -> {
            UsersResource.writeFields(json, user);
            json.writeStringField("bookableresourceid", resource);
        });
    }
}
