package org.fieldbook.backoffice.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.profiles.Assignee;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.backoffice.internal.profiles.PublishedProfile;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.dataverse.ProfileRelationships;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of Dataverse's offline-profile tables ({@link ProfileTable}), derived from the back office's profiles
 * and assignments: published definitions only, each item's filter as FetchXML. A user reaches their own
 * membership, which names the profile they follow (their own assignment, their team's, or the shipped default:
 * every user of this back office follows exactly one), the memberships of their teams, and their teams with their
 * own memberships of them.
 * <p>
 * Ids the back office does not store (items, associations, memberships, teams) are name-based UUIDs of what they
 * stand for, so every read gives the same ids and a device can ask for them again.
 */
public final class ProfileTableRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfflineProfiles profiles;
    private final ProfileAssignments assignments;

    public ProfileTableRows(OfflineProfiles profiles, ProfileAssignments assignments) {
        this.profiles = profiles;
        this.assignments = assignments;
    }

    /** @return the rows of the table {@code user} reaches */
    List<ObjectNode> rows(ProfileTable table, Principal user) {
        return switch (table) {
        case PROFILES -> published().stream().map(ProfileTableRows::profileRow).toList();
        case ITEMS -> published().stream().flatMap(profile -> profile.definition().getItems().stream()
                .map(item -> itemRow(profile, item))).toList();
        case ASSOCIATIONS -> associations();
        case USER_MEMBERSHIPS -> userMembership(user);
        case TEAM_MEMBERSHIPS -> teamMemberships(user);
        case TEAMS -> teams(user);
        case TEAM_MEMBERS -> membersOfTeams(user);
        };
    }

    private List<PublishedProfile> published() {
        List<PublishedProfile> published = new ArrayList<>();
        for (StoredProfile stored : profiles.list()) {
            stored.publishedDefinition().ifPresent(definition -> published.add(new PublishedProfile(definition, stored.publishedOn())));
        }
        return published;
    }

    private static ObjectNode profileRow(PublishedProfile profile) {
        OfflineProfile definition = profile.definition();
        ObjectNode row = row(ProfileTable.PROFILES, definition.getId());
        row.put("name", definition.getName());
        row.put("description", definition.getDescription());
        row.put("publishedon", instant(profile.publishedOn()));
        return row;
    }

    private static ObjectNode itemRow(PublishedProfile profile, OfflineProfileItem item) {
        ObjectNode row = row(ProfileTable.ITEMS, itemId(profile.definition(), item));
        row.put("name", item.getTableName());
        row.put("_regardingobjectid_value", profile.definition().getId());
        row.put("selectedentitytypecode", item.getTableName());
        row.put("recorddistributioncriteria", item.getDownloadFilter().getValue());
        row.put("recordsownedbyme", item.isRecordsOwnedByMe());
        row.put("recordsownedbymyteam", item.isRecordsOwnedByMyTeam());
        row.put("recordsownedbymybusinessunit", item.isRecordsOwnedByMyBusinessUnit());
        row.put("profileitementityfilter", fetchXml(profile.definition(), item).orElse(null));
        row.put("syncintervalinminutes", item.getSyncIntervalMinutes());
        row.put("publishedon", instant(profile.publishedOn()));
        return row;
    }

    /**
     * A stored filter the builder's reader cannot take is served without a filter: the device then reports the
     * custom filter missing for that table rather than downloading all its rows.
     */
    private static Optional<String> fetchXml(OfflineProfile profile, OfflineProfileItem item) {
        try {
            return FetchXmlRendering.render(item.getTableName(), item.getCustomFilter());
        } catch (ODataFilters.Unreadable e) {
            ILog.of(ProfileTableRows.class).warn("Profile " + profile.getName() + ": the filter of " + item.getTableName()
                    + " cannot be written as FetchXML, so devices skip that table: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<ObjectNode> associations() {
        List<ObjectNode> rows = new ArrayList<>();
        for (PublishedProfile profile : published()) {
            for (OfflineProfileItem item : profile.definition().getItems()) {
                String itemId = itemId(profile.definition(), item);
                for (OfflineProfileRelationship relationship : item.getRelationships()) {
                    String name = ProfileRelationships.name(relationship);
                    ObjectNode row = row(ProfileTable.ASSOCIATIONS, derivedId("association", itemId + "/" + name));
                    row.put("name", name);
                    row.put("_mobileofflineprofileitemid_value", itemId);
                    row.put("relationshipname", name);
                    row.put("publishedon", instant(profile.publishedOn()));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private List<ObjectNode> userMembership(Principal user) {
        if (user.systemUserId() == null) {
            return List.of();
        }
        return assignments.publishedProfileFor(user.userName()).map(profile -> {
            ObjectNode row = row(ProfileTable.USER_MEMBERSHIPS, derivedId("user-membership", user.systemUserId()));
            row.put("_systemuserid_value", user.systemUserId());
            row.put("_mobileofflineprofileid_value", profile.definition().getId());
            return List.of(row);
        }).orElse(List.of());
    }

    private List<ObjectNode> teamMemberships(Principal user) {
        List<ObjectNode> rows = new ArrayList<>();
        for (String team : assignments.teamsOf(user.userName())) {
            assignments.assignment(Assignee.team(team)).ifPresent(profileId -> {
                ObjectNode row = row(ProfileTable.TEAM_MEMBERSHIPS, derivedId("team-membership", team));
                row.put("_teamid_value", teamId(team));
                row.put("_mobileofflineprofileid_value", profileId);
                rows.add(row);
            });
        }
        return rows;
    }

    private List<ObjectNode> teams(Principal user) {
        return assignments.teamsOf(user.userName()).stream().map(team -> {
            ObjectNode row = row(ProfileTable.TEAMS, teamId(team));
            row.put("name", team);
            return row;
        }).toList();
    }

    /** A user's memberships of their teams: whom else a team has is none of a device's business. */
    private List<ObjectNode> membersOfTeams(Principal user) {
        if (user.systemUserId() == null) {
            return List.of();
        }
        return assignments.teamsOf(user.userName()).stream().map(team -> {
            ObjectNode row = row(ProfileTable.TEAM_MEMBERS, derivedId("team-member", team + "/" + user.systemUserId()));
            row.put("systemuserid", user.systemUserId());
            row.put("teamid", teamId(team));
            return row;
        }).toList();
    }

    /** @return the id a team of this back office has in Dataverse's tables */
    static String teamId(String teamName) {
        return derivedId("team", teamName);
    }

    private static String itemId(OfflineProfile profile, OfflineProfileItem item) {
        return item.getId() != null ? item.getId() : derivedId("item", profile.getId() + "/" + item.getTableName());
    }

    private static String derivedId(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ObjectNode row(ProfileTable table, String id) {
        ObjectNode row = JSON.createObjectNode();
        row.put(table.keyColumn(), id);
        return row;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
