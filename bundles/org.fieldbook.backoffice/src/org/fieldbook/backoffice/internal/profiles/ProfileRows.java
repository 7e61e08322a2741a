package org.fieldbook.backoffice.internal.profiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.internal.profiles.Customization.Kind;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;

/**
 * Profiles in {@code FB_OFFLINE_PROFILE}, definitions stored as {@link ProfileJson} documents. Documents
 * are written without publication state, so that "draft equals published" is a comparison of two texts.
 */
final class ProfileRows {

    private static final String COLUMNS = "ID, MANAGED, RELEASE_NUMBER, DRAFT, PUBLISHED, PUBLISHED_ON, MODIFIED_ON";

    private ProfileRows() {
    }

    static Optional<StoredProfile> find(Connection connection, String id) throws SQLException {
        return select(connection, "WHERE ID = ?", id).stream().findFirst();
    }

    /** @return every profile, by name */
    static List<StoredProfile> all(Connection connection) throws SQLException {
        return select(connection, "ORDER BY NAME");
    }

    /**
     * Stamps the profile as modified now, which also locks its row until the transaction ends, so that two
     * admins' edits apply one after the other instead of one overwriting the other.
     *
     * @throws ProfileException when there is no such profile
     */
    static StoredProfile lock(Connection connection, String id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE FB_OFFLINE_PROFILE SET MODIFIED_ON = ? WHERE ID = ?")) {
            update.setTimestamp(1, JdbcValues.utcTimestamp(now), JdbcValues.utc());
            update.setString(2, id);
            if (update.executeUpdate() == 0) {
                throw ProfileException.notFound(id);
            }
        }
        return find(connection, id).orElseThrow();
    }

    /** Inserts a profile with only a draft, keyed by the draft's id. */
    static void insert(Connection connection, OfflineProfile draft, boolean managed, int release, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_OFFLINE_PROFILE"
                + " (ID, NAME, DESCRIPTION, MANAGED, RELEASE_NUMBER, DRAFT, MODIFIED_ON) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, draft.getId());
            insert.setString(2, draft.getName());
            insert.setString(3, draft.getDescription());
            insert.setBoolean(4, managed);
            insert.setInt(5, release);
            insert.setString(6, document(draft));
            insert.setTimestamp(7, JdbcValues.utcTimestamp(now), JdbcValues.utc());
            insert.executeUpdate();
        }
    }

    /** Replaces the draft (and the name and description it carries) of a locked profile. */
    static void saveDraft(Connection connection, OfflineProfile draft) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE FB_OFFLINE_PROFILE SET NAME = ?, DESCRIPTION = ?, DRAFT = ? WHERE ID = ?")) {
            update.setString(1, draft.getName());
            update.setString(2, draft.getDescription());
            update.setString(3, document(draft));
            update.setString(4, draft.getId());
            update.executeUpdate();
        }
    }

    static void setRelease(Connection connection, String id, int release) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE FB_OFFLINE_PROFILE SET RELEASE_NUMBER = ? WHERE ID = ?")) {
            update.setInt(1, release);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** Makes the draft what devices download, in one statement. */
    static void publish(Connection connection, String id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE FB_OFFLINE_PROFILE SET PUBLISHED = DRAFT, PUBLISHED_ON = ? WHERE ID = ?")) {
            update.setTimestamp(1, JdbcValues.utcTimestamp(now), JdbcValues.utc());
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    static void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_OFFLINE_PROFILE WHERE ID = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    /** @return whether another profile than {@code exceptId} has the name, ignoring case */
    static boolean nameTaken(Connection connection, String name, String exceptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM FB_OFFLINE_PROFILE WHERE LOWER(NAME) = LOWER(?) AND ID <> ?")) {
            query.setString(1, name);
            query.setString(2, exceptId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<StoredProfile> select(Connection connection, String where, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM FB_OFFLINE_PROFILE " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<StoredProfile> profiles = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    profiles.add(profile(connection, rows));
                }
            }
            return profiles;
        }
    }

    private static StoredProfile profile(Connection connection, ResultSet row) throws SQLException {
        String draftText = row.getString("DRAFT");
        String publishedText = row.getString("PUBLISHED");
        OfflineProfile draft = ProfileJson.read(draftText);
        draft.setPublished(draftText.equals(publishedText));
        OfflineProfile published = publishedText == null ? null : ProfileJson.read(publishedText);
        if (published != null) {
            published.setPublished(true);
        }
        Set<String> edited = CustomizationRows.of(connection, draft.getId()).stream()
                .filter(customization -> customization.kind() == Kind.ITEM_EDITED)
                .map(Customization::table)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new StoredProfile(row.getBoolean("MANAGED"), row.getInt("RELEASE_NUMBER"), draft, published,
                JdbcValues.instant(row.getTimestamp("PUBLISHED_ON", JdbcValues.utc())),
                JdbcValues.instant(row.getTimestamp("MODIFIED_ON", JdbcValues.utc())), edited);
    }

    /** @return the definition as stored: without publication state */
    private static String document(OfflineProfile definition) {
        OfflineProfile stored = EcoreUtil.copy(definition);
        stored.setPublished(false);
        return ProfileJson.toJson(stored, null);
    }
}
