package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The offline profiles list and what is done from it, by {@link OfflineProfiles}' rules: {@code GET profiles},
 * {@code POST profiles} {@code {name, description}}, {@code POST profiles/<id>/copy} {@code {name}},
 * {@code DELETE profiles/<id>}; admins only.
 */
final class ProfileCalls implements ConsoleCall.Handler {

    private final OfflineProfiles profiles;
    private final ProfileAssignments assignments;

    ProfileCalls(OfflineProfiles profiles, ProfileAssignments assignments) {
        this.profiles = profiles;
        this.assignments = assignments;
    }

    /**
     * A row of the list.
     *
     * @param managed whether it ships with Fieldbook and gets its release updates
     * @param release the shipped release merged into it, 0 for the admin's own
     * @param assigned how many users and teams are assigned to it themselves
     * @param releaseUpdates how many table updates of a newer shipped release wait for the admin's choice
     */
    record Summary(String id, String name, String description, boolean managed, int release, boolean published,
            boolean unpublishedChanges, String publishedOn, int assigned, boolean isDefault, int releaseUpdates) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().isEmpty() || !call.path().get(0).equals("profiles")) {
            return false;
        }
        call.require(Role.ADMIN);
        if (call.is("GET", "profiles")) {
            call.answer(200, profiles.list().stream().map(this::summary).toList());
        } else if (call.is("POST", "profiles")) {
            JsonNode body = ConsoleJson.body(call.request());
            String name = name(body);
            call.answer(201, summary(besideName(() -> profiles.create(name, ConsoleJson.text(body, "description")))));
        } else if (call.is("POST", "profiles", "*", "copy")) {
            String name = name(ConsoleJson.body(call.request()));
            call.answer(201, summary(besideName(() -> profiles.copy(call.path().get(1), name))));
        } else if (call.is("DELETE", "profiles", "*")) {
            profiles.delete(call.path().get(1));
            call.answer(200, List.of());
        } else {
            return false;
        }
        return true;
    }

    /** @throws ConsoleCall.Refused with the message beside the name field */
    private static String name(JsonNode body) {
        String name = ConsoleJson.text(body, "name");
        if (name == null) {
            throw new ConsoleCall.Refused(400, "Give the profile a name.", "name");
        }
        return name;
    }

    /** The rules refuse a taken or too long name as bad input: the message goes beside the name field. */
    private static StoredProfile besideName(Supplier<StoredProfile> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new ConsoleCall.Refused(400, e.getMessage() + ".", "name");
        }
    }

    private Summary summary(StoredProfile profile) {
        return new Summary(profile.id(), profile.name(), profile.draft().getDescription(), profile.managed(), profile.release(),
                profile.published() != null, profile.hasUnpublishedChanges(),
                profile.publishedOn() == null ? null : profile.publishedOn().toString(), assignments.assignedCount(profile.id()),
                profile.id().equals(profiles.defaultProfileId()), ReleaseCalls.waitingCount(profiles, profile));
    }
}
