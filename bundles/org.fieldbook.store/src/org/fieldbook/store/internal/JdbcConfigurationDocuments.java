package org.fieldbook.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.fieldbook.jdbc.DerbyDatabase;
import org.fieldbook.jdbc.JdbcValues;
import org.fieldbook.store.ConfigurationDocuments;

/** The FB_CONFIGURATION table. */
final class JdbcConfigurationDocuments implements ConfigurationDocuments {

    private final DerbyDatabase database;

    JdbcConfigurationDocuments(DerbyDatabase database) {
        this.database = database;
    }

    @Override
    public void save(String name, String document) {
        database.transaction("keep the configuration " + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE FB_CONFIGURATION SET DOCUMENT = ?, SAVED_AT = ? WHERE NAME = ?")) {
                bind(update, name, document);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO FB_CONFIGURATION (DOCUMENT, SAVED_AT, NAME) VALUES (?, ?, ?)")) {
                bind(insert, name, document);
                return insert.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, String name, String document) throws SQLException {
        statement.setString(1, document);
        statement.setTimestamp(2, JdbcValues.utcTimestamp(Instant.now()), JdbcValues.utc());
        statement.setString(3, name);
    }

    @Override
    public Optional<String> load(String name) {
        return database.read("read the configuration " + name, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT DOCUMENT FROM FB_CONFIGURATION WHERE NAME = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
