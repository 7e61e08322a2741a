package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.ProfilePreview;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.auth.Users;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;

/**
 * Preview as a technician, for admins: {@code GET preview/choices} (the profiles and the users to pick from),
 * {@code GET preview?profile&user}: per table, the rows the user's device would hold today with the profile's
 * draft, and the total against the row guidance.
 */
final class PreviewCalls implements ConsoleCall.Handler {

    private final OfflineProfiles profiles;
    private final Users users;
    private final ProfilePreview preview;
    private final int guidance;

    /** @param guidance the rows a device should hold at most: {@link ProfilePreview#ROW_GUIDANCE} but in tests */
    PreviewCalls(OfflineProfiles profiles, Users users, ProfilePreview preview, int guidance) {
        this.profiles = profiles;
        this.users = users;
        this.preview = preview;
        this.guidance = guidance;
    }

    record Choice(String id, String name, boolean draftChanged) {
    }

    record Person(String name, String role) {
    }

    record Choices(List<Choice> profiles, List<Person> users) {
    }

    record Table(String table, String filter, int rows, String problem) {
    }

    record Answer(String profile, String user, List<Table> tables, int total, int guidance, boolean overGuidance) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.is("GET", "preview", "choices")) {
            call.require(Role.ADMIN);
            call.answer(200, new Choices(profiles.list().stream().map(p -> new Choice(p.id(), p.name(), p.hasUnpublishedChanges())).toList(),
                    users.list().stream().map(user -> new Person(user.userName(), user.role().id()))
                            .toList()));
        } else if (call.is("GET", "preview")) {
            call.require(Role.ADMIN);
            call.answer(200, answer(call));
        } else {
            return false;
        }
        return true;
    }

    private Answer answer(ConsoleCall call) {
        String profileId = call.request().getParameter("profile");
        String userName = call.request().getParameter("user");
        if (profileId == null || profileId.isBlank()) {
            throw new ConsoleCall.Refused(400, "Choose a profile.", "profile");
        }
        if (userName == null || userName.isBlank()) {
            throw new ConsoleCall.Refused(400, "Choose a user.", "user");
        }
        Principal user = users.find(userName.strip()).orElseThrow(() -> new ConsoleCall.Refused(400, "There is no such user.", "user"));
        StoredProfile profile = profiles.get(profileId.strip());
        ProfilePreview.Result result = preview.of(profile.draft(), user);
        List<Table> tables = result.tables().stream()
                .map(table -> new Table(table.table(), table.filter().getLiteral(), table.rows(), table.problem())).toList();
        return new Answer(profile.name(), user.userName(), tables, result.total(), guidance, result.total() > guidance);
    }
}
