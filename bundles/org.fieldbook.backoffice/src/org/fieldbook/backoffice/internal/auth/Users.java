package org.fieldbook.backoffice.internal.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fieldbook.backoffice.BackOfficeException;
import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;

/** The back office's user accounts: name, role, the id bookable resources refer to, and a password hash. */
public final class Users {

    private static final String SELECT = "SELECT USERNAME, ROLE, SYSTEMUSERID, PASSWORD_HASH FROM FB_USER";

    private final BackOfficeDatabase database;
    private final PasswordHashes hashes = new PasswordHashes();
    /** Verified when the name is unknown, so a wrong name takes as long as a wrong password. */
    private final String decoy;

    public Users(BackOfficeDatabase database) {
        this.database = database;
        this.decoy = hashes.hash("decoy".toCharArray());
    }

    /**
     * Adds a user whose password is hashed here.
     *
     * @param systemUserId the id a technician's bookable resource names, or null for a new one
     * @throws BackOfficeException when the name or id is taken or the name is blank
     */
    public Principal add(String userName, char[] password, Role role, String systemUserId) {
        return addHashed(userName, hashes.hash(password), role, systemUserId);
    }

    /** Adds a user with a hash made by {@link PasswordHashes}, e.g. one shared by every demo account. */
    public Principal addHashed(String userName, String passwordHash, Role role, String systemUserId) {
        if (userName == null || !userName.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new BackOfficeException("A user name is 1 to 100 letters, digits or . _ @ -, not '" + userName + "'");
        }
        Principal user = new Principal(userName, role, systemUserId == null ? UUID.randomUUID().toString() : systemUserId);
        database.transaction("add user " + userName, connection -> {
            if (find(connection, "USERNAME = ? OR SYSTEMUSERID = ?", userName, user.systemUserId()).isPresent()) {
                throw new BackOfficeException("There is already a user named " + userName + " or with id " + user.systemUserId());
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO FB_USER (USERNAME, SYSTEMUSERID, ROLE, PASSWORD_HASH, CREATED) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, userName);
                insert.setString(2, user.systemUserId());
                insert.setString(3, role.id());
                insert.setString(4, passwordHash);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
        return user;
    }

    /** @return the user if the password is theirs */
    public Optional<Principal> authenticate(String userName, char[] password) {
        Optional<Stored> stored = database.read("sign in " + userName, connection -> find(connection, "USERNAME = ?", userName));
        boolean matches = hashes.matches(password, stored.map(Stored::passwordHash).orElse(decoy));
        return stored.filter(user -> matches).map(Stored::principal);
    }

    public Optional<Principal> find(String userName) {
        return database.read("read user " + userName, connection -> find(connection, "USERNAME = ?", userName))
                .map(Stored::principal);
    }

    /** @return every user, by name */
    public List<Principal> list() {
        return database.read("list users", connection -> {
            List<Principal> users = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(SELECT + " ORDER BY USERNAME")) {
                while (rows.next()) {
                    users.add(stored(rows).principal());
                }
            }
            return users;
        });
    }

    /** Sets a new password; the user's tokens stop working. @return whether the user exists */
    public boolean changePassword(String userName, char[] password) {
        String hash = hashes.hash(password);
        return database.transaction("change the password of " + userName, connection -> {
            // Tokens first: a refresh of the user's locks its family, then reads the user's row.
            Tokens.revokeAll(connection, userName);
            try (PreparedStatement update = connection.prepareStatement("UPDATE FB_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?")) {
                update.setString(1, hash);
                update.setString(2, userName);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Removes a user and their tokens. @return whether there was one */
    public boolean remove(String userName) {
        return database.transaction("remove user " + userName, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_USER WHERE USERNAME = ?")) {
                delete.setString(1, userName);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** @return whether no user exists yet, so the first start must create an administrator */
    public boolean isEmpty() {
        return database.read("count users", connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT 1 FROM FB_USER FETCH FIRST 1 ROWS ONLY")) {
                return !rows.next();
            }
        });
    }

    /** A hash of {@code password} for {@link #addHashed}. */
    public String hash(char[] password) {
        return hashes.hash(password);
    }

    private static Optional<Stored> find(Connection connection, String where, String... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE " + where)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(stored(rows)) : Optional.empty();
            }
        }
    }

    private static Stored stored(ResultSet rows) throws SQLException {
        return new Stored(new Principal(rows.getString(1), Role.of(rows.getString(2)), rows.getString(3)), rows.getString(4));
    }

    private record Stored(Principal principal, String passwordHash) {
    }
}
