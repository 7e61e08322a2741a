package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.backoffice.internal.auth.Users;
import org.fieldbook.model.DownloadFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who gets which profile, against the real back-office database. */
class ProfileAssignmentsTest {

    @TempDir
    Path data;

    private BackOfficeDatabase database;
    private OfflineProfiles profiles;
    private ProfileAssignments assignments;
    private String north;
    private String south;

    @BeforeEach
    void open() {
        database = BackOfficeDatabase.open(data.resolve("db"));
        profiles = new OfflineProfiles(database, Clock.systemUTC());
        profiles.installShippedProfile();
        assignments = new ProfileAssignments(database, profiles.defaultProfileId());
        north = published("North");
        south = published("South");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aProfileListsItsUsersThenItsTeamsWithTheirMembers() {
        assignments.addTeamMember("night", "bob");
        assignments.addTeamMember("night", "ann");
        assignments.assign(Assignee.team("night"), north, false);
        assignments.assign(Assignee.user("zoe"), north, false);
        assignments.assign(Assignee.user("carl"), south, false);

        assertThat(assignments.assignedTo(north)).containsExactly(new ProfileAssignments.Assigned(Assignee.user("zoe"), List.of()),
                new ProfileAssignments.Assigned(Assignee.team("night"), List.of("ann", "bob")));
    }

    @Test
    void searchFindsAccountsAndTeamsByPartOfTheirNameWithTheProfileTheyAreOn() {
        Users users = new Users(database);
        users.add("North_Tech", "secret-1".toCharArray(), Role.TECHNICIAN, null);
        users.add("northtech", "secret-2".toCharArray(), Role.DISPATCHER, null);
        assignments.assign(Assignee.user("North_Tech"), south, false);
        assignments.addTeamMember("north crew", "northtech");

        assertThat(assignments.search("NORTH", 10)).containsExactly(
                new ProfileAssignments.Candidate(Assignee.user("North_Tech"), "technician", south, "South"),
                new ProfileAssignments.Candidate(Assignee.user("northtech"), "dispatcher", null, null),
                new ProfileAssignments.Candidate(Assignee.team("north crew"), null, null, null));
        assertThat(assignments.search("h_t", 10)).as("a wildcard is taken as itself")
                .extracting(ProfileAssignments.Candidate::assignee).containsExactly(Assignee.user("North_Tech"));
        assertThat(assignments.search("north", 1)).extracting(ProfileAssignments.Candidate::assignee)
                .containsExactly(Assignee.user("North_Tech"), Assignee.team("north crew"));
    }

    @Test
    void movingSomeoneToAnotherProfileIsRefusedUntilAskedToMove() {
        assignments.assign(Assignee.user("ann"), north, false);

        assertThatThrownBy(() -> assignments.assign(Assignee.user("ann"), south, false))
                .isInstanceOfSatisfying(AlreadyAssignedException.class, e -> {
                    assertThat(e.currentProfileId()).isEqualTo(north);
                    assertThat(e.currentProfileName()).isEqualTo("North");
                    assertThat(e.getMessage()).contains("The user 'ann' already belongs to the offline profile 'North'");
                });
        assertThat(assignments.assignment(Assignee.user("ann"))).hasValue(north);

        assignments.assign(Assignee.user("ann"), south, true);

        assertThat(assignments.assignment(Assignee.user("ann"))).hasValue(south);
        assignments.assign(Assignee.user("ann"), south, false);
    }

    @Test
    void aUserWithoutAssignmentGetsTheFirstTeamsByNameElseTheDefault() {
        assertThat(assignments.publishedProfileFor("bob")).hasValueSatisfying(
                profile -> assertThat(profile.definition().getId()).isEqualTo(profiles.defaultProfileId()));

        assignments.addTeamMember("south-team", "bob");
        assignments.addTeamMember("north-team", "bob");
        assignments.addTeamMember("north-team", "bob");
        assignments.assign(Assignee.team("south-team"), south, false);
        assertThat(idFor("bob")).isEqualTo(south);

        assignments.assign(Assignee.team("north-team"), north, false);
        assertThat(assignments.teamsOf("bob")).containsExactly("north-team", "south-team");
        assertThat(idFor("bob")).as("north-team comes first by name").isEqualTo(north);

        assignments.removeTeamMember("north-team", "bob");
        assertThat(idFor("bob")).isEqualTo(south);
        assignments.assign(Assignee.user("bob"), north, false);
        assertThat(idFor("bob")).as("the user's own assignment beats the team's").isEqualTo(north);
    }

    @Test
    void onlyThePublishedDefinitionIsHandedOut() {
        String draftOnly = profiles.create("Not yet", null).id();
        assignments.assign(Assignee.user("carl"), draftOnly, false);
        assertThat(assignments.publishedProfileFor("carl")).isEmpty();

        profiles.edit(north, DraftEdit.setSyncInterval("msdyn_workorder", 240));
        assignments.assign(Assignee.user("carl"), north, true);

        PublishedProfile profile = assignments.publishedProfileFor("carl").orElseThrow();
        assertThat(profile.definition().isPublished()).isTrue();
        assertThat(profile.definition().getItems().get(0).getSyncIntervalMinutes()).isEqualTo(60);
        assertThat(profile.toJson()).contains("\"syncintervalinminutes\":60").contains("\"publishedon\":\"" + profile.publishedOn());
    }

    @Test
    void assigningToAMissingProfileIsRefused() {
        assertThatThrownBy(() -> assignments.assign(Assignee.team("west"), "no-such-profile", false))
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.reason()).isEqualTo(ProfileException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> Assignee.user(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("The user name is empty");
    }

    private String idFor(String userName) {
        return assignments.publishedProfileFor(userName).orElseThrow().definition().getId();
    }

    private String published(String name) {
        String id = profiles.create(name, null).id();
        profiles.edit(id, DraftEdit.addItem("msdyn_workorder", DownloadFilter.ALL_RECORDS, null, 60));
        profiles.publish(id);
        return id;
    }
}
