package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.profiles.AlreadyAssignedException;
import org.fieldbook.backoffice.internal.profiles.Assignee;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The people with offline access to one profile, by {@link ProfileAssignments}' rules: {@code GET people/<id>},
 * {@code GET people/<id>/search?q=}, {@code POST people/<id>/add} {@code {kind, name, move}} and
 * {@code POST people/<id>/remove} {@code {kind, name}}; admins only. Adding someone who follows another
 * profile without {@code move} answers 409 with that profile's name in {@code from}, so the page asks first.
 */
final class PeopleCalls implements ConsoleCall.Handler {

    /** Names a search lists of each kind: enough to pick from while typing. */
    static final int SEARCH_LIMIT = 20;

    private final ProfileAssignments assignments;
    private final OfflineProfiles profiles;

    PeopleCalls(ProfileAssignments assignments, OfflineProfiles profiles) {
        this.assignments = assignments;
        this.profiles = profiles;
    }

    /** @param members a team's members, empty for a user */
    record Person(String kind, String name, List<String> members) {
    }

    record People(String id, String name, boolean isDefault, List<Person> people) {
    }

    /** @param profile the profile they are on themselves, or null */
    record Candidate(String kind, String name, String role, String profileId, String profile) {
    }

    /** The answer to adding someone who follows another profile: the warning and that profile's name. */
    record Moving(String message, String from) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().size() < 2 || !call.path().get(0).equals("people")) {
            return false;
        }
        call.require(Role.ADMIN);
        StoredProfile profile = profiles.get(call.path().get(1));
        if (call.is("GET", "people", "*")) {
            call.answer(200, people(profile));
        } else if (call.is("GET", "people", "*", "search")) {
            String text = call.request().getParameter("q");
            call.answer(200, text == null || text.isBlank() ? List.of() : assignments.search(text.strip(), SEARCH_LIMIT).stream()
                    .map(found -> new Candidate(kind(found.assignee()), found.assignee().name(), found.role(), found.profileId(), found.profileName()))
                    .toList());
        } else if (call.is("POST", "people", "*", "add")) {
            add(call, profile);
        } else if (call.is("POST", "people", "*", "remove")) {
            Assignee assignee = assignee(ConsoleJson.body(call.request()));
            if (!assignments.assignment(assignee).map(profile.id()::equals).orElse(false)) {
                throw new ConsoleCall.Refused(409, assignee + " is not on the profile '" + profile.name() + "'.");
            }
            assignments.unassign(assignee);
            call.answer(200, people(profile));
        } else {
            return false;
        }
        return true;
    }

    private void add(ConsoleCall call, StoredProfile profile) throws IOException {
        JsonNode body = ConsoleJson.body(call.request());
        Assignee assignee = assignee(body);
        try {
            assignments.assign(assignee, profile.id(), body.path("move").asBoolean(false));
            call.answer(200, people(profile));
        } catch (AlreadyAssignedException e) {
            call.answer(409, new Moving(assignee + " follows the offline profile '" + e.currentProfileName() + "'. A user or team follows one"
                    + " profile at a time: adding them here moves them from '" + e.currentProfileName() + "'.", e.currentProfileName()));
        }
    }

    /** @throws ConsoleCall.Refused without a name; IllegalArgumentException for a kind other than user or team, or a name too long */
    private static Assignee assignee(JsonNode body) {
        String name = ConsoleJson.text(body, "name");
        if (name == null) {
            throw new ConsoleCall.Refused(400, "Choose a user or team to add.", "search");
        }
        return switch (String.valueOf(ConsoleJson.text(body, "kind"))) {
        case "user" -> Assignee.user(name);
        case "team" -> Assignee.team(name);
        default -> throw new IllegalArgumentException("Say whether " + name + " is a user or a team.");
        };
    }

    private People people(StoredProfile profile) {
        return new People(profile.id(), profile.name(), profile.id().equals(profiles.defaultProfileId()),
                assignments.assignedTo(profile.id()).stream()
                        .map(assigned -> new Person(kind(assigned.assignee()), assigned.assignee().name(), assigned.members())).toList());
    }

    private static String kind(Assignee assignee) {
        return assignee.kind().name().toLowerCase(Locale.ROOT);
    }
}
