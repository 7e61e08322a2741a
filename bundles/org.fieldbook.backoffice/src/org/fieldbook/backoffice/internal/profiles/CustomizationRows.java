package org.fieldbook.backoffice.internal.profiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.fieldbook.backoffice.internal.profiles.Customization.Kind;

/** The admin's customizations of managed profiles in {@code FB_PROFILE_CUSTOMIZATION}. */
final class CustomizationRows {

    private CustomizationRows() {
    }

    /** @return the profile's customizations, in a stable order */
    static Set<Customization> of(Connection connection, String profileId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT KIND, TABLE_NAME, RELATIONSHIP FROM FB_PROFILE_CUSTOMIZATION"
                + " WHERE PROFILE_ID = ? ORDER BY KIND, TABLE_NAME, RELATIONSHIP")) {
            query.setString(1, profileId);
            Set<Customization> customizations = new LinkedHashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    customizations.add(new Customization(Kind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3)));
                }
            }
            return customizations;
        }
    }

    /** Records and withdraws what an edit changed. */
    static void apply(Connection connection, String profileId, DraftChanges changes) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_PROFILE_CUSTOMIZATION"
                + " WHERE PROFILE_ID = ? AND KIND = ? AND TABLE_NAME = ? AND RELATIONSHIP = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_PROFILE_CUSTOMIZATION"
                        + " (PROFILE_ID, KIND, TABLE_NAME, RELATIONSHIP) VALUES (?, ?, ?, ?)")) {
            Set<Customization> cleared = new LinkedHashSet<>(changes.withdrawn());
            cleared.addAll(changes.recorded());
            batch(delete, profileId, cleared);
            batch(insert, profileId, changes.recorded());
        }
    }

    private static void batch(PreparedStatement statement, String profileId, Set<Customization> customizations) throws SQLException {
        for (Customization customization : customizations) {
            statement.setString(1, profileId);
            statement.setString(2, customization.kind().name());
            statement.setString(3, customization.table());
            statement.setString(4, customization.relationship());
            statement.addBatch();
        }
        statement.executeBatch();
    }
}
