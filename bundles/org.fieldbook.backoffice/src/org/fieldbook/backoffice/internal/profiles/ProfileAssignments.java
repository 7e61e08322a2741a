package org.fieldbook.backoffice.internal.profiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.backoffice.internal.BackOfficeDatabase;

/**
 * Who gets which profile: users and teams each belong to exactly one profile, users to teams, and a
 * user's profile is their own assignment, else their team's, else the shipped default.
 */
public final class ProfileAssignments {

    private static final String TEAM_OF_USER = "SELECT A.PROFILE_ID FROM FB_TEAM_MEMBER M JOIN FB_PROFILE_ASSIGNMENT A"
            + " ON A.KIND = 'team' AND A.NAME = M.TEAM_NAME WHERE M.USER_NAME = ? ORDER BY M.TEAM_NAME FETCH FIRST 1 ROWS ONLY";

    /** Users and teams by name with their own assignment; parameters: the kind ({@code user}, {@code team}) and a LIKE pattern. */
    private static final String CANDIDATE_JOIN = " LEFT JOIN FB_PROFILE_ASSIGNMENT A ON A.KIND = ? AND A.NAME = C.NAME"
            + " LEFT JOIN FB_OFFLINE_PROFILE P ON P.ID = A.PROFILE_ID WHERE LOWER(C.NAME) LIKE ? ESCAPE '\\' ORDER BY C.NAME";
    private static final String SEARCH_USERS = "SELECT C.NAME, C.ROLE, A.PROFILE_ID, P.NAME FROM (SELECT USERNAME AS NAME, ROLE FROM FB_USER) C"
            + CANDIDATE_JOIN;
    private static final String SEARCH_TEAMS = "SELECT C.NAME, CAST(NULL AS VARCHAR(20)), A.PROFILE_ID, P.NAME FROM (SELECT TEAM_NAME AS NAME"
            + " FROM FB_TEAM_MEMBER UNION SELECT NAME FROM FB_PROFILE_ASSIGNMENT WHERE KIND = 'team') C" + CANDIDATE_JOIN;

    private final BackOfficeDatabase database;
    private final String defaultProfileId;

    /** @param defaultProfileId the profile of users whom no assignment reaches, see {@link OfflineProfiles#defaultProfileId()} */
    public ProfileAssignments(BackOfficeDatabase database, String defaultProfileId) {
        this.database = database;
        this.defaultProfileId = defaultProfileId;
    }

    /**
     * Assigns a user or team to a profile. Assigning them to the profile they belong to changes nothing.
     *
     * @param move whether someone who belongs to another profile moves (otherwise they are refused)
     * @throws AlreadyAssignedException when they belong to another profile and {@code move} is false
     * @throws ProfileException when there is no such profile
     */
    public void assign(Assignee assignee, String profileId, boolean move) {
        database.transaction("assign " + assignee + " to offline profile " + profileId, connection -> {
            ProfileRows.find(connection, profileId).orElseThrow(() -> ProfileException.notFound(profileId));
            Optional<String> current = assignment(connection, assignee);
            if (current.isEmpty()) {
                write(connection, "INSERT INTO FB_PROFILE_ASSIGNMENT (PROFILE_ID, KIND, NAME) VALUES (?, ?, ?)", profileId, assignee);
            } else if (!current.get().equals(profileId)) {
                if (!move) {
                    StoredProfile other = ProfileRows.find(connection, current.get()).orElseThrow();
                    throw new AlreadyAssignedException(assignee, other.id(), other.name());
                }
                write(connection, "UPDATE FB_PROFILE_ASSIGNMENT SET PROFILE_ID = ? WHERE KIND = ? AND NAME = ?", profileId, assignee);
            }
            return null;
        });
    }

    /** Takes a user or team off their profile: a user then gets their team's or the default. */
    public void unassign(Assignee assignee) {
        database.transaction("unassign " + assignee, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_PROFILE_ASSIGNMENT WHERE KIND = ? AND NAME = ?")) {
                delete.setString(1, assignee.kind().id());
                delete.setString(2, assignee.name());
                return delete.executeUpdate();
            }
        });
    }

    /** @return the key of the profile the user or team is assigned to themselves */
    public Optional<String> assignment(Assignee assignee) {
        return database.read("read the assignment of " + assignee, connection -> assignment(connection, assignee));
    }

    public void addTeamMember(String team, String userName) {
        Assignee.requireName(team, "team");
        Assignee.requireName(userName, "user");
        database.transaction("add " + userName + " to team " + team, connection -> {
            if (!teams(connection, userName).contains(team)) {
                membership(connection, "INSERT INTO FB_TEAM_MEMBER (TEAM_NAME, USER_NAME) VALUES (?, ?)", team, userName);
            }
            return null;
        });
    }

    public void removeTeamMember(String team, String userName) {
        database.transaction("remove " + userName + " from team " + team,
                connection -> membership(connection, "DELETE FROM FB_TEAM_MEMBER WHERE TEAM_NAME = ? AND USER_NAME = ?", team, userName));
    }

    /** @return the user's teams, by name */
    public List<String> teamsOf(String userName) {
        return database.read("read the teams of " + userName, connection -> teams(connection, userName));
    }

    /**
     * The profile a user's device downloads: the user's own assignment; else that of the user's first team
     * by name (in Unicode code point order, so the choice is the same on every sync) that has one; else the
     * shipped default. Only the published definition counts: a profile never published gives none.
     */
    public Optional<PublishedProfile> publishedProfileFor(String userName) {
        return database.read("find the offline profile of " + userName, connection -> {
            Optional<String> own = assignment(connection, Assignee.user(userName));
            String profileId = own.isPresent() ? own.get() : teamAssignment(connection, userName).orElse(defaultProfileId);
            return ProfileRows.find(connection, profileId)
                    .flatMap(stored -> stored.publishedDefinition().map(published -> new PublishedProfile(published, stored.publishedOn())));
        });
    }

    /**
     * Someone on a profile, as an admin sees them.
     *
     * @param members for a team, its members by name; empty for a user
     */
    public record Assigned(Assignee assignee, List<String> members) {
    }

    /**
     * A user or team an admin may put on a profile.
     *
     * @param role a user's role ({@code technician}…), null for a team
     * @param profileId the profile they are assigned to themselves, or null
     * @param profileName that profile's name, or null
     */
    public record Candidate(Assignee assignee, String role, String profileId, String profileName) {
    }

    /** @return the users and then the teams assigned to the profile themselves, by name, each team with its members */
    public List<Assigned> assignedTo(String profileId) {
        return database.read("list who belongs to offline profile " + profileId, connection -> {
            List<Assigned> assigned = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT KIND, NAME FROM FB_PROFILE_ASSIGNMENT WHERE PROFILE_ID = ? ORDER BY KIND DESC, NAME")) {
                query.setString(1, profileId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Assignee assignee = new Assignee(Assignee.Kind.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)), rows.getString(2));
                        assigned.add(new Assigned(assignee, assignee.kind() == Assignee.Kind.TEAM ? members(connection, assignee.name()) : List.of()));
                    }
                }
            }
            return assigned;
        });
    }

    /**
     * Finds the back office's users (their accounts) and teams (named by their members or assignments) whose
     * name contains {@code text}, ignoring case.
     *
     * @return at most {@code limit} users, then at most {@code limit} teams, by name, with the profile each is on
     */
    public List<Candidate> search(String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.read("search users and teams for '" + text + "'", connection -> {
            List<Candidate> found = new ArrayList<>();
            candidates(connection, SEARCH_USERS, pattern, limit, Assignee.Kind.USER, found);
            candidates(connection, SEARCH_TEAMS, pattern, limit, Assignee.Kind.TEAM, found);
            return found;
        });
    }

    private static void candidates(Connection connection, String sql, String pattern, int limit, Assignee.Kind kind, List<Candidate> found)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql + " FETCH FIRST " + limit + " ROWS ONLY")) {
            query.setString(1, kind.id());
            query.setString(2, pattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Candidate(new Assignee(kind, rows.getString(1)), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
    }

    private static List<String> members(Connection connection, String team) throws SQLException {
        return names(connection, "SELECT USER_NAME FROM FB_TEAM_MEMBER WHERE TEAM_NAME = ? ORDER BY USER_NAME", team);
    }

    /** @return how many users and teams are assigned to the profile themselves */
    public int assignedCount(String profileId) {
        return database.read("count who belongs to offline profile " + profileId, connection -> assignedTo(connection, profileId));
    }

    /** @return how many users and teams belong to the profile */
    static int assignedTo(Connection connection, String profileId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM FB_PROFILE_ASSIGNMENT WHERE PROFILE_ID = ?")) {
            query.setString(1, profileId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Optional<String> assignment(Connection connection, Assignee assignee) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT PROFILE_ID FROM FB_PROFILE_ASSIGNMENT WHERE KIND = ? AND NAME = ?")) {
            query.setString(1, assignee.kind().id());
            query.setString(2, assignee.name());
            return first(query);
        }
    }

    private static Optional<String> teamAssignment(Connection connection, String userName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TEAM_OF_USER)) {
            query.setString(1, userName);
            return first(query);
        }
    }

    private static Optional<String> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static void write(Connection connection, String sql, String profileId, Assignee assignee) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, profileId);
            statement.setString(2, assignee.kind().id());
            statement.setString(3, assignee.name());
            statement.executeUpdate();
        }
    }

    private static int membership(Connection connection, String sql, String team, String userName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, team);
            statement.setString(2, userName);
            return statement.executeUpdate();
        }
    }

    private static List<String> teams(Connection connection, String userName) throws SQLException {
        return names(connection, "SELECT TEAM_NAME FROM FB_TEAM_MEMBER WHERE USER_NAME = ? ORDER BY TEAM_NAME", userName);
    }

    /** @return the first column of the rows {@code sql} selects for one parameter, in its order */
    private static List<String> names(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
