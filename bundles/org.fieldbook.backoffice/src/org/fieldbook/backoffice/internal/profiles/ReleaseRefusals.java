package org.fieldbook.backoffice.internal.profiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.fieldbook.jdbc.JdbcValues;

/** The tables whose release update the admin refused, in {@code FB_RELEASE_REFUSAL}: never offered again for that release. */
final class ReleaseRefusals {

    private ReleaseRefusals() {
    }

    /** @return the tables of {@code release} the admin kept as they are */
    static Set<String> of(Connection connection, String profileId, int release) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT TABLE_NAME FROM FB_RELEASE_REFUSAL WHERE PROFILE_ID = ? AND RELEASE_NUMBER = ? ORDER BY TABLE_NAME")) {
            query.setString(1, profileId);
            query.setInt(2, release);
            Set<String> tables = new LinkedHashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        }
    }

    static void record(Connection connection, String profileId, int release, String table, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO FB_RELEASE_REFUSAL (PROFILE_ID, RELEASE_NUMBER, TABLE_NAME, REFUSED_ON) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, profileId);
            insert.setInt(2, release);
            insert.setString(3, table);
            insert.setTimestamp(4, JdbcValues.utcTimestamp(now), JdbcValues.utc());
            insert.executeUpdate();
        }
    }
}
